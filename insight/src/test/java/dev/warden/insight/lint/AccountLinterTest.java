package dev.warden.insight.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.catalog.Catalog;
import dev.warden.catalog.ManagedPolicies;
import dev.warden.catalog.lint.Finding;
import dev.warden.core.audit.AuditEvent;
import dev.warden.core.home.WardenHome;
import dev.warden.core.home.WardenHomeSettings;
import dev.warden.core.iam.AttachmentRequests.AttachPolicy;
import dev.warden.core.iam.GroupRequests;
import dev.warden.core.iam.Iam;
import dev.warden.core.iam.InlinePolicyRequests.PutPolicy;
import dev.warden.core.iam.PolicyRequests;
import dev.warden.core.iam.RoleRequests;
import dev.warden.core.iam.UserRequests;
import dev.warden.core.model.ManagedPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Account lint on a real SQLite store built through the IAM services, with a clock moved by hand:
 * the account is made on day 0 and linted on day 100 (usage window 90 days: day 10 onwards).
 */
class AccountLinterTest {
  private static final String ACCOUNT = "111122223333";
  private static final Instant DAY_0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private final SettableClock clock = new SettableClock(DAY_0);
  private WardenHome home;
  private Iam iam;

  private static Instant day(int n) {
    return DAY_0.plus(Duration.ofDays(n));
  }

  private static String allow(String actions, String resource) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":" + actions + ",\"Resource\":\"" + resource + "\"}]}";
  }

  private static String trust(String principal) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":" + principal + ",\"Action\":\"sts:AssumeRole\"}]}";
  }

  @BeforeEach
  void build() {
    home = WardenHome.open(WardenHomeSettings.defaults(dir).withAccountId(ACCOUNT).withClock(clock));
    iam = home.iam();
    ManagedPolicy passRole = policy("PassAnyRole", allow("\"iam:PassRole\"", "*"));
    ManagedPolicy accessKeys = policy("AnyAccessKey", allow("\"iam:CreateAccessKey\"", "*"));
    ManagedPolicy s3Only = policy("S3Only", allow("\"s3:*\"", "*"));
    policy("Orphan", allow("[\"s3:GetObject\"]", "arn:aws:s3:::reports/*"));
    ManagedPolicy narrowed = policy("Narrowed", allow("\"s3:*\"", "*"));
    iam.policies().createPolicyVersion(new PolicyRequests.CreatePolicyVersion(narrowed.arn(),
        allow("[\"s3:GetObject\"]", "arn:aws:s3:::reports/*"), true));

    iam.groups().createGroup(new GroupRequests.CreateGroup("builders", null));
    iam.inlinePolicies().putGroupPolicy(new PutPolicy("builders", "Functions",
        allow("[\"lambda:CreateFunction\",\"lambda:InvokeFunction\"]", "arn:aws:lambda:*:" + ACCOUNT + ":function:*")));

    // dev: PassRole from a managed policy + Lambda from its group = escalation across policies
    user("dev");
    iam.attachments().attachUserPolicy(new AttachPolicy("dev", passRole.arn()));
    iam.attachments().attachUserPolicy(new AttachPolicy("dev", narrowed.arn()));
    iam.groups().addUserToGroup(new GroupRequests.Membership("builders", "dev"));
    // guarded: the same grants, and an inline Deny of iam:PassRole
    user("guarded");
    iam.attachments().attachUserPolicy(new AttachPolicy("guarded", passRole.arn()));
    iam.groups().addUserToGroup(new GroupRequests.Membership("builders", "guarded"));
    iam.inlinePolicies().putUserPolicy(new PutPolicy("guarded", "NoPassRole",
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"iam:PassRole\",\"Resource\":\"*\"}]}"));
    // bounded: CreateAccessKey on everything, but a boundary that allows only S3
    iam.users().createUser(new UserRequests.CreateUser("bounded", null, s3Only.arn(), List.of()));
    iam.attachments().attachUserPolicy(new AttachPolicy("bounded", accessKeys.arn()));

    iam.roles().createRole(RoleRequests.CreateRole.of("ci", trust("{\"AWS\":\"arn:aws:iam::444455556666:root\"}")));
    iam.roles().createRole(RoleRequests.CreateRole.of("old-batch", trust("{\"Service\":\"lambda.amazonaws.com\"}")));

    String devKey = iam.accessKeys().createAccessKey("dev").accessKey().accessKeyId();
    String boundedKey = iam.accessKeys().createAccessKey("bounded").accessKey().accessKeyId();
    iam.accessKeys().listAccessKeys("admin", dev.warden.core.iam.ListOptions.all()).items()
        .forEach(k -> iam.accessKeys().recordUse(k.accessKeyId(), "iam", "us-east-1"));
    clock.set(day(5));
    iam.accessKeys().recordUse(boundedKey, "s3", "us-east-1");
    clock.set(day(50));
    iam.accessKeys().createAccessKey("guarded");
    clock.set(day(95));
    iam.accessKeys().recordUse(devKey, "s3", "us-east-1");
    iam.roles().createRole(RoleRequests.CreateRole.of("recent", trust("{\"Service\":\"lambda.amazonaws.com\"}")));
    assumed("ci", day(99));
    iam.roles().createRole(RoleRequests.CreateRole.of("workload", trust("{\"Service\":\"elasticmapreduce.amazonaws.com\"}")));
    recordRoleUse("IssueWorkloadCredentials", "workload", day(99)); // a session minted for `warden exec`
    assumed("old-batch", day(3)); // before the window: does not count
    clock.set(day(100));
  }

  @AfterEach
  void close() {
    home.close();
  }

  private ManagedPolicy policy(String name, String document) {
    return iam.policies().createPolicy(new PolicyRequests.CreatePolicy(name, null, document, null, List.of()));
  }

  private void user(String name) {
    iam.users().createUser(UserRequests.CreateUser.named(name));
  }

  private void assumed(String role, Instant when) {
    recordRoleUse("AssumeRole", role, when);
  }

  private void recordRoleUse(String eventName, String role, Instant when) {
    AuditEvent event = new AuditEvent(UUID.randomUUID().toString(), when, "sts.amazonaws.com", eventName, "us-east-1",
        "127.0.0.1", "test", null, JSON.createObjectNode().put("roleArn", "arn:aws:iam::" + ACCOUNT + ":role/" + role),
        null, null, null, UUID.randomUUID().toString(), null);
    iam.context().store().write(tx -> {
      tx.audit().append(event);
      return null;
    });
  }

  private List<LintedArtifact> lint(boolean allVersions) {
    AccountLinter linter = new AccountLinter(Catalog.get(), ManagedPolicies.get(), clock,
        new AccountLinter.Options(AccountLinter.DEFAULT_WINDOW, allVersions));
    return linter.lint(AccountSnapshotReader.read(iam, linter.usageSince()));
  }

  private static List<String> codes(List<LintedArtifact> artifacts) {
    return artifacts.stream().flatMap(a -> a.findings().stream().map(f -> a.artifact() + " " + f.code())).toList();
  }

  @Test
  void findsExactlyTheAccountsProblems() {
    assertThat(codes(lint(false))).containsExactlyInAnyOrder(
        // admin: key made on day 0, used on day 0 only; AdministratorAccess is no escalation
        "iam/users/admin STALE_ACCESS_KEY",
        "iam/users/admin UNUSED_ACCESS_KEY",
        "iam/users/bounded STALE_ACCESS_KEY",
        "iam/users/bounded UNUSED_ACCESS_KEY",
        "iam/users/dev PRIVILEGE_ESCALATION",
        "iam/users/dev STALE_ACCESS_KEY",
        "iam/users/guarded UNUSED_ACCESS_KEY",
        "iam/roles/ci/trust.json TRUST_WHOLE_ACCOUNT",
        "iam/roles/old-batch UNUSED_ROLE",
        "iam/roles/recent UNUSED_ROLE",
        "iam/policies/AnyAccessKey/v1.json WRITE_ON_ALL_RESOURCES",
        "iam/policies/PassAnyRole/v1.json PASS_ROLE_WITH_STAR_IN_RESOURCE",
        "iam/policies/PassAnyRole/v1.json WRITE_ON_ALL_RESOURCES",
        "iam/policies/Orphan UNATTACHED_POLICY");
  }

  @Test
  void escalationNamesThePoliciesThatAddUp() {
    Finding escalation = lint(false).stream().filter(a -> a.artifact().equals("iam/users/dev")).flatMap(a -> a.findings().stream())
        .filter(f -> f.code().equals("PRIVILEGE_ESCALATION")).findFirst().orElseThrow();
    assertThat(escalation.message())
        .contains("PassExistingRoleToNewLambdaThenInvoke")
        .contains("iam:PassRole in policy/PassAnyRole (v1) Statement[0].Action[0]")
        .contains("lambda:CreateFunction in group/builders inline Functions Statement[0].Action[0]");
  }

  @Test
  void allVersionsLintsOlderVersionsToo() {
    assertThat(codes(lint(true))).contains(
        "iam/policies/Narrowed/v1.json SERVICE_WIDE_WILDCARD",
        "iam/policies/AnyAccessKey/v1.json WRITE_ON_ALL_RESOURCES")
        .doesNotContain("iam/policies/Narrowed/v2.json SERVICE_WIDE_WILDCARD");
  }

  @Test
  void keyMessagesSayWhen() {
    List<String> messages = lint(false).stream().filter(a -> a.artifact().equals("iam/users/guarded"))
        .flatMap(a -> a.findings().stream()).map(Finding::message).toList();
    assertThat(messages).singleElement().asString().contains("has never been used since it was created 2026-02-20T00:00:00Z");
  }
}
