package dev.warden.insight.lint;

import dev.warden.catalog.lint.Finding;
import dev.warden.catalog.lint.FindingLocation;
import dev.warden.catalog.lint.LintCheck;
import dev.warden.core.model.ManagedPolicy;
import dev.warden.policy.document.SourcePosition;
import java.util.List;
import java.util.Optional;

/** Customer managed policies attached to nothing and used as no permissions boundary. */
final class UnattachedPolicies {
  private UnattachedPolicies() {}

  static Optional<Finding> check(ManagedPolicy policy) {
    if (policy.attachmentCount() > 0 || policy.permissionsBoundaryUsageCount() > 0) {
      return Optional.empty();
    }
    return Optional.of(LintCheck.UNATTACHED_POLICY.finding("Policy " + policy.policyName()
        + " is attached to no user, group or role and is no permissions boundary. Delete it, or attach it where it is needed.",
        new FindingLocation(List.of(), SourcePosition.UNKNOWN)));
  }
}
