package dev.warden.catalog.lint;

import dev.warden.policy.document.Effect;
import dev.warden.policy.document.PolicyKind;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code "Action": "s3:*"} or {@code "*"} in an Allow of a policy that grants: every action of the
 * service, including those AWS adds later. Reported on the entry, whatever the Resource.
 */
final class ServiceWildcardCheck implements StatementCheck {
  private static final Pattern SERVICE_WILDCARD = Pattern.compile("[A-Za-z0-9-]+:\\*+");

  @Override
  public void check(StatementFacts statement, PolicyKind kind, List<Finding> findings) {
    if (statement.statement().effect() != Effect.ALLOW || statement.negatedActions() || !GrantingKinds.grants(kind)) {
      return;
    }
    for (ActionEntry entry : statement.actions()) {
      String pattern = entry.pattern();
      FindingLocation location = FindingLocation.entry(statement.index(), "Action", entry.index(), entry.position());
      if (pattern.chars().allMatch(c -> c == '*')) {
        findings.add(LintCheck.SERVICE_WIDE_WILDCARD.finding(
            "\"" + pattern + "\" allows every action of every service (" + entry.expansion().size()
                + " today, and all that AWS adds later). List the actions the principal needs." + statement.conditionNote(), location));
      } else if (SERVICE_WILDCARD.matcher(pattern).matches() && !entry.expansion().isEmpty()) {
        String service = pattern.substring(0, pattern.indexOf(':'));
        findings.add(LintCheck.SERVICE_WIDE_WILDCARD.finding(
            "\"" + pattern + "\" allows every " + service + " action (" + entry.expansion().size()
                + " today, and all that AWS adds later). List the " + service + " actions the principal needs." + statement.conditionNote(),
            location));
      }
    }
  }
}
