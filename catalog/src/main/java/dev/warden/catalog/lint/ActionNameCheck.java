package dev.warden.catalog.lint;

import dev.warden.catalog.Catalog;
import dev.warden.catalog.Service;
import dev.warden.catalog.Suggestions;
import dev.warden.policy.document.PolicyKind;
import java.util.List;

/** Unknown services, unknown actions and patterns that match nothing, in Action and NotAction. */
final class ActionNameCheck implements StatementCheck {
  private final Catalog catalog;
  private final Suggestions suggestions;

  ActionNameCheck(Catalog catalog) {
    this.catalog = catalog;
    this.suggestions = new Suggestions(catalog);
  }

  @Override
  public void check(StatementFacts statement, PolicyKind kind, List<Finding> findings) {
    for (ActionEntry entry : statement.actions()) {
      String pattern = entry.pattern();
      int colon = pattern.indexOf(':');
      if (!entry.expansion().isEmpty() || entry.isEverything() || colon <= 0) {
        continue; // a missing colon is a syntax error, reported by the parser
      }
      FindingLocation location = FindingLocation.entry(statement.index(), statement.actionElement(), entry.index(), entry.position());
      String prefix = pattern.substring(0, colon);
      boolean prefixIsPattern = prefix.indexOf('*') >= 0 || prefix.indexOf('?') >= 0;
      if (!prefixIsPattern && catalog.service(prefix).isEmpty()) {
        findings.add(Finding.of(CatalogCheck.INVALID_SERVICE_IN_ACTION,
            "The service prefix \"" + prefix + "\" in \"" + pattern + "\" does not exist." + didYouMean(suggestions.forService(prefix, 3)),
            location));
      } else if (!entry.isWildcard()) {
        String serviceName = catalog.service(prefix).map(Service::name).orElse(prefix);
        findings.add(Finding.of(CatalogCheck.INVALID_ACTION,
            "The action \"" + pattern + "\" does not exist in " + serviceName + "." + didYouMean(suggestions.forAction(pattern, 3)),
            location));
      } else {
        findings.add(Finding.of(CatalogCheck.UNMATCHED_ACTION_PATTERN,
            "The pattern \"" + pattern + "\" matches no action, so this entry has no effect.", location));
      }
    }
  }

  static String didYouMean(List<String> candidates) {
    if (candidates.isEmpty()) {
      return "";
    }
    return " Did you mean \"" + String.join("\", \"", candidates) + "\"?";
  }
}
