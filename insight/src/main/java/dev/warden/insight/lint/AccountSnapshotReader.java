package dev.warden.insight.lint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warden.core.audit.AuditEvent;
import dev.warden.core.audit.AuditQuery;
import dev.warden.core.iam.AccountAuthorizationDetails.GroupDetail;
import dev.warden.core.iam.AccountAuthorizationDetails.LocalPolicyDetail;
import dev.warden.core.iam.AccountAuthorizationDetails.RoleDetail;
import dev.warden.core.iam.AccountAuthorizationDetails.UserDetail;
import dev.warden.core.iam.AccountAuthorizationDetails;
import dev.warden.core.iam.Iam;
import dev.warden.core.model.AccessKey;
import dev.warden.core.store.StoredAccessKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an {@link AccountSnapshot} from a Warden store: the principals and policies through
 * GetAccountAuthorizationDetails (page by page, as AWS's own tools do), access keys from the key
 * table, and role use from the audit log's successful AssumeRole, AssumeRoleWithWebIdentity,
 * AssumeRoleWithSAML and IssueWorkloadCredentials (a session of the role minted for a workload under
 * {@code warden exec}) records in the window.
 */
public final class AccountSnapshotReader {
  private static final int PAGE = 1000;
  private static final Set<String> ASSUME_EVENTS = Set.of("AssumeRole", "AssumeRoleWithWebIdentity", "AssumeRoleWithSAML",
      "IssueWorkloadCredentials");

  private AccountSnapshotReader() {}

  public static AccountSnapshot read(Iam iam, Instant usageSince) {
    List<UserDetail> users = new ArrayList<>();
    List<GroupDetail> groups = new ArrayList<>();
    List<RoleDetail> roles = new ArrayList<>();
    List<LocalPolicyDetail> policies = new ArrayList<>();
    String marker = null;
    do {
      AccountAuthorizationDetails page = iam.authorizationDetails().getAccountAuthorizationDetails(
          new AccountAuthorizationDetails.Query(Set.of(), marker, PAGE));
      users.addAll(page.users());
      groups.addAll(page.groups());
      roles.addAll(page.roles());
      policies.addAll(page.localPolicies());
      marker = page.truncated() ? page.marker() : null;
    } while (marker != null);
    String account = iam.accountId();
    List<AccessKey> keys = iam.context().store().read(tx -> tx.accessKeys().listForAccount(account))
        .stream().map(StoredAccessKey::key).toList();
    return new AccountSnapshot(account, users, groups, roles, policies, keys, lastAssumed(iam, usageSince), usageSince);
  }

  /** Newest first, one page of at most 1000 records at a time, moving the window's end back. */
  private static Map<String, Instant> lastAssumed(Iam iam, Instant since) {
    Map<String, Instant> latest = new HashMap<>();
    for (String event : ASSUME_EVENTS) {
      Instant before = null;
      while (true) {
        AuditQuery query = new AuditQuery(since, before, null, event, null, AuditQuery.MAX_LIMIT);
        List<AuditEvent> page = iam.context().store().read(tx -> tx.audit().query(query));
        for (AuditEvent record : page) {
          if (record.errorCode() == null) {
            roleArn(record).ifPresent(arn -> latest.merge(arn, record.eventTime(), (a, b) -> a.isAfter(b) ? a : b));
          }
        }
        if (page.size() < AuditQuery.MAX_LIMIT) {
          break;
        }
        Instant oldest = page.get(page.size() - 1).eventTime();
        if (oldest.equals(before)) {
          break; // more than a page in one instant: what was read is enough to know the role was used
        }
        before = oldest;
      }
    }
    return latest;
  }

  private static Optional<String> roleArn(AuditEvent record) {
    JsonNode parameters = record.requestParameters();
    if (parameters == null || !parameters.hasNonNull("roleArn")) {
      return Optional.empty();
    }
    return Optional.of(parameters.get("roleArn").asText());
  }
}
