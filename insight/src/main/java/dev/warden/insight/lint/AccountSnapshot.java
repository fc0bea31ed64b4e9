package dev.warden.insight.lint;

import dev.warden.core.iam.AccountAuthorizationDetails.GroupDetail;
import dev.warden.core.iam.AccountAuthorizationDetails.LocalPolicyDetail;
import dev.warden.core.iam.AccountAuthorizationDetails.RoleDetail;
import dev.warden.core.iam.AccountAuthorizationDetails.UserDetail;
import dev.warden.core.model.AccessKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the account lint looks at, read once: principals with their policies, customer
 * managed policies with every version, access keys (metadata only) and when each role was last
 * assumed within the usage window.
 *
 * @param lastAssumed role ARN → the latest successful AssumeRole* for it at or after {@code usageSince}
 * @param usageSince the start of the window the audit log was read for
 */
public record AccountSnapshot(
    String accountId,
    List<UserDetail> users,
    List<GroupDetail> groups,
    List<RoleDetail> roles,
    List<LocalPolicyDetail> policies,
    List<AccessKey> accessKeys,
    Map<String, Instant> lastAssumed,
    Instant usageSince) {
  public AccountSnapshot {
    users = List.copyOf(users);
    groups = List.copyOf(groups);
    roles = List.copyOf(roles);
    policies = List.copyOf(policies);
    accessKeys = List.copyOf(accessKeys);
    lastAssumed = Map.copyOf(lastAssumed);
  }
}
