package dev.warden.catalog.lint;

import dev.warden.policy.document.PolicyKind;
import java.util.List;

/** An Action/NotAction entry that another entry of the same statement already covers. */
final class RedundantActionCheck implements StatementCheck {
  // Pairs grow with the square of the entries; beyond this many the check is skipped.
  private static final int MAX_ENTRIES = 200;

  private final WorkBudget budget;

  RedundantActionCheck(WorkBudget budget) {
    this.budget = budget;
  }

  @Override
  public void check(StatementFacts statement, PolicyKind kind, List<Finding> findings) {
    List<ActionEntry> entries = statement.actions();
    if (entries.size() < 2 || entries.size() > MAX_ENTRIES) {
      return;
    }
    for (int i = 0; i < entries.size(); i++) {
      ActionEntry entry = entries.get(i);
      if (entry.expansion().isEmpty()) {
        continue; // unknown names are reported by ActionNameCheck
      }
      for (int j = 0; j < entries.size(); j++) {
        if (i == j) {
          continue;
        }
        ActionEntry other = entries.get(j);
        if (budget.exhausted()) {
          return;
        }
        if (!entry.coveredBy(other, budget)) {
          continue;
        }
        boolean mutual = other.coveredBy(entry, budget);
        if (mutual && j > i) {
          continue; // of two equivalent entries, the later one is reported
        }
        String verb = statement.negatedActions() ? "excluded" : "matched";
        String why = entry.pattern().equalsIgnoreCase(other.pattern())
            ? "is listed twice in this statement"
            : "is already " + verb + " by \"" + other.pattern() + "\" in this statement";
        findings.add(Finding.of(CatalogCheck.REDUNDANT_ACTION,
            "\"" + entry.pattern() + "\" " + why + "; remove it.",
            FindingLocation.entry(statement.index(), statement.actionElement(), entry.index(), entry.position())));
        break;
      }
    }
  }
}
