package dev.warden.catalog.lint;

import dev.warden.policy.document.ConditionEntry;
import dev.warden.policy.document.PrincipalElement;
import dev.warden.policy.document.Statement;
import dev.warden.policy.document.ValueElement;
import dev.warden.policy.match.Wildcard;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A statement whose every grant another statement of the same effect already makes: its actions
 * and resources are covered, the principals are the same, and the other statement has no
 * conditions or exactly the same ones. Only statements with Action and Resource (not NotAction,
 * NotResource) are compared; the later of two equal statements is reported.
 */
final class RedundantStatementCheck {
  private static final int MAX_STATEMENTS = 500;

  private final WorkBudget budget;

  RedundantStatementCheck(WorkBudget budget) {
    this.budget = budget;
  }

  void check(List<StatementFacts> statements, List<Finding> findings) {
    if (statements.size() < 2 || statements.size() > MAX_STATEMENTS) {
      return;
    }
    for (int i = 0; i < statements.size(); i++) {
      StatementFacts statement = statements.get(i);
      for (int j = 0; j < statements.size(); j++) {
        if (i == j) {
          continue;
        }
        StatementFacts other = statements.get(j);
        if (budget.exhausted()) {
          return;
        }
        if (!contains(other, statement)) {
          continue;
        }
        if (contains(statement, other) && j > i) {
          continue;
        }
        String name = other.statement().sid().map(sid -> " (Sid \"" + sid + "\")").orElse("");
        findings.add(Finding.of(CatalogCheck.REDUNDANT_STATEMENT,
            "Statement " + statement.index() + " grants nothing that statement " + other.index() + name
                + " does not already " + (statement.statement().effect().json().equals("Deny") ? "deny" : "allow") + "; remove it"
                + " or merge the two.",
            FindingLocation.statement(statement.index(), statement.statement().start())));
        break;
      }
    }
  }

  /** Whether {@code outer} makes every grant {@code inner} makes. */
  private boolean contains(StatementFacts outer, StatementFacts inner) {
    Statement a = outer.statement();
    Statement b = inner.statement();
    if (a.effect() != b.effect() || a.action().negated() || b.action().negated()) {
      return false;
    }
    if (!samePrincipal(a.principal(), b.principal()) || !resourcesContain(a.resource(), b.resource())) {
      return false;
    }
    if (!a.conditions().isEmpty() && !conditionSet(a.conditions()).equals(conditionSet(b.conditions()))) {
      return false;
    }
    for (ActionEntry entry : inner.actions()) {
      boolean covered = false;
      for (int k = 0; k < outer.actions().size() && !covered; k++) {
        covered = entry.coveredBy(outer.actions().get(k), budget);
      }
      if (!covered) {
        return false;
      }
    }
    return true;
  }

  private static boolean samePrincipal(Optional<PrincipalElement> a, Optional<PrincipalElement> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() && b.isEmpty();
    }
    PrincipalElement x = a.get();
    PrincipalElement y = b.get();
    return x.negated() == y.negated() && x.everyone() == y.everyone() && x.principals().equals(y.principals());
  }

  private static boolean resourcesContain(Optional<ValueElement> outer, Optional<ValueElement> inner) {
    if (outer.isEmpty() || inner.isEmpty()) {
      return outer.isEmpty() && inner.isEmpty();
    }
    if (outer.get().negated() || inner.get().negated()) {
      return false;
    }
    for (String resource : inner.get().values()) {
      if (outer.get().values().stream().noneMatch(o -> resourceCovers(o, resource))) {
        return false;
      }
    }
    return true;
  }

  /** Pattern {@code outer} matches everything {@code inner} (a pattern taken as text) can name. */
  private static boolean resourceCovers(String outer, String inner) {
    if (outer.equals(inner)) {
      return true;
    }
    if (outer.indexOf('?') >= 0 && inner.indexOf('*') >= 0) {
      return false;
    }
    return Wildcard.compile(outer, false).matches(inner);
  }

  private static Set<String> conditionSet(List<ConditionEntry> conditions) {
    return conditions.stream()
        .map(c -> c.operator() + "\u0000" + c.key().toLowerCase(Locale.ROOT) + "\u0000"
            + c.values().stream().sorted().collect(Collectors.joining("\u0000")))
        .collect(Collectors.toSet());
  }
}
