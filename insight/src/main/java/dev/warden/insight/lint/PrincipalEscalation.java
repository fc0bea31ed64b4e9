package dev.warden.insight.lint;

import dev.warden.catalog.lint.ActionGrants;
import dev.warden.catalog.lint.EscalationMethods;
import dev.warden.catalog.lint.EscalationPath;
import dev.warden.catalog.lint.Finding;
import dev.warden.catalog.lint.FindingLocation;
import dev.warden.catalog.lint.PolicyLinter;
import dev.warden.catalog.lint.SourcedPolicy;
import dev.warden.policy.document.Effect;
import dev.warden.policy.document.SourcePosition;
import dev.warden.policy.document.Statement;
import java.util.List;
import java.util.Optional;

/**
 * Escalation per principal, over every policy that applies to it (its own inline and attached
 * policies and, for a user, those of its groups), after every Deny among them and its permissions
 * boundary: a method counts when the principal holds all its actions, from whichever policies.
 * A principal with an unconditional Allow of every action on every resource (and no boundary that
 * caps it) is an administrator: there is nothing to escalate to, and Denies beside such a grant are
 * guardrails it could remove itself. Its wildcard is reported on the policy that grants it.
 */
final class PrincipalEscalation {
  private PrincipalEscalation() {}

  static Optional<Finding> of(List<SourcedPolicy> policies, Optional<SourcedPolicy> boundary) {
    if (administrator(policies, boundary)) {
      return Optional.empty();
    }
    List<EscalationPath> paths = EscalationPath.find(ActionGrants.of(EscalationMethods.actions(), policies, boundary));
    if (paths.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(PolicyLinter.escalationFinding(paths, new FindingLocation(List.of(), SourcePosition.UNKNOWN)));
  }

  private static boolean administrator(List<SourcedPolicy> policies, Optional<SourcedPolicy> boundary) {
    boolean everything = policies.stream().flatMap(p -> p.document().statements().stream()).anyMatch(PrincipalEscalation::allowsEverything);
    boolean uncapped = boundary.isEmpty() || boundary.get().document().statements().stream().anyMatch(PrincipalEscalation::allowsEverything);
    return everything && uncapped;
  }

  private static boolean allowsEverything(Statement statement) {
    return statement.effect() == Effect.ALLOW && statement.conditions().isEmpty()
        && !statement.action().negated() && statement.action().values().contains("*")
        && statement.resource().map(r -> !r.negated() && r.values().contains("*")).orElse(false);
  }
}
