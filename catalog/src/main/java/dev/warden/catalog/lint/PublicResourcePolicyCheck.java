package dev.warden.catalog.lint;

import dev.warden.policy.document.Effect;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.document.PrincipalElement;
import dev.warden.policy.document.PrincipalKind;
import java.util.List;

/**
 * A resource policy (bucket, queue, key, secret policy) whose Allow names every principal with no
 * condition: the resource is open to anyone, signed in to any account or not, for those actions.
 */
final class PublicResourcePolicyCheck implements StatementCheck {
  @Override
  public void check(StatementFacts facts, PolicyKind kind, List<Finding> findings) {
    var statement = facts.statement();
    if (kind != PolicyKind.RESOURCE || statement.effect() != Effect.ALLOW || statement.principal().isEmpty()
        || !statement.conditions().isEmpty()) {
      return;
    }
    PrincipalElement principal = statement.principal().get();
    if (principal.negated() || !(principal.everyone() || principal.values(PrincipalKind.AWS).contains("*"))) {
      return;
    }
    String actions = String.join(", ", statement.action().values());
    findings.add(LintCheck.RESOURCE_OPEN_TO_ANY_PRINCIPAL.finding(
        "Principal \"*\" with no Condition: anyone may " + (statement.action().negated() ? "call every action but " : "call ")
            + actions + " on this resource. Name the principals, or add a Condition such as aws:PrincipalOrgID.",
        new FindingLocation(List.of(new PathElement.Key("Statement"), new PathElement.Index(facts.index()),
            new PathElement.Key("Principal")), principal.position())));
  }
}
