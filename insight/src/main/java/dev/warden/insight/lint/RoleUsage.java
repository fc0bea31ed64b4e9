package dev.warden.insight.lint;

import dev.warden.catalog.lint.Finding;
import dev.warden.catalog.lint.FindingLocation;
import dev.warden.catalog.lint.LintCheck;
import dev.warden.core.model.Role;
import dev.warden.policy.document.SourcePosition;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Roles nobody assumed within the usage window, by the audit log. Service-linked roles
 * ({@code /aws-service-role/}) belong to AWS services and are left out.
 */
final class RoleUsage {
  private static final String SERVICE_LINKED_PATH = "/aws-service-role/";

  private RoleUsage() {}

  static Optional<Finding> check(Role role, Map<String, Instant> lastAssumed, Instant since) {
    if (role.path().startsWith(SERVICE_LINKED_PATH) || lastAssumed.containsKey(role.arn())) {
      return Optional.empty();
    }
    FindingLocation location = new FindingLocation(List.of(), SourcePosition.UNKNOWN);
    String message = role.createDate().isBefore(since)
        ? "Role " + role.roleName() + " has not been assumed since " + since + " (created " + role.createDate() + "). Delete it if nothing needs it."
        : "Role " + role.roleName() + " has never been assumed since it was created " + role.createDate() + ". Delete it if nothing needs it.";
    return Optional.of(LintCheck.UNUSED_ROLE.finding(message, location));
  }
}
