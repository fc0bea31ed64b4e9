package dev.warden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.core.audit.AuditEvent;
import dev.warden.core.audit.UserIdentity;
import dev.warden.core.home.WardenHome;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code warden policy generate} on audit records as the server writes them (the end-to-end proof
 * through the real server is PolicyGenerationFromAuditTest in the server module).
 */
class PolicyGenerateCommandTest {
  static final String ARN = TestAccount.ARN;
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  String home;

  @BeforeEach
  void accountWithUse() {
    TestAccount.create(dir);
    home = dir.toString();
    try (WardenHome opened = TestAccount.open(dir)) {
      allowed(opened, "GetUser", "iam:GetUser", ARN + "user/app/a");
      allowed(opened, "GetUser", "iam:GetUser", ARN + "user/app/b");
      opened.audit().flush();
    }
  }

  private static void allowed(WardenHome home, String event, String action, String resource) {
    var decision = JSON.createObjectNode().put("decision", "allowed").put("action", action).put("resource", resource);
    home.audit().append(new AuditEvent(null, Instant.now(), "iam.amazonaws.com", event, "us-east-1", "127.0.0.1", "test",
        new UserIdentity("IAMUser", "AIDA", ARN + "user/alice", TestAccount.ACCOUNT, "AKIA", null), null, null, null, null,
        "req", decision));
  }

  @Test
  void printsThePolicyAndTheDiff() {
    CliRun run = CliRun.of("policy", "generate", "--home", home, "--principal", ARN + "user/alice", "--since", "1h");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("from 2 call(s)", "\"Resource\" : \"" + ARN + "user/app/*\"",
        "unused actions:  2", "- iam:CreateUser", "- iam:PassRole", "unused services: lambda");
  }

  @Test
  void applyCreatesAndAttachesWardensPolicyWhenThePrincipalHasOthers() throws Exception {
    CliRun run = CliRun.of("policy", "generate", "--home", home, "--principal", ARN + "user/alice", "--apply", "--yes",
        "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    String arn = ARN + "policy/warden-generated/warden-generated-alice";
    JsonNode json = JSON.readTree(run.out().substring(0, run.out().lastIndexOf('}') + 1));
    assertThat(json.at("/apply/policyArn").asText()).isEqualTo(arn);
    assertThat(json.at("/apply/otherPolicies/0").asText()).isEqualTo("inline inline");
    try (WardenHome opened = TestAccount.open(dir)) {
      assertThat(opened.iam().policies().defaultDocument(arn)).get().asString().contains("iam:GetUser", "user/app/*");
      assertThat(opened.iam().principalPolicies().forUser("alice").managedPolicies())
          .extracting(p -> p.policyArn()).containsExactly(arn);
    }
    // A second apply writes a new default version of the same policy.
    assertThat(CliRun.of("policy", "generate", "--home", home, "--principal", ARN + "user/alice", "--apply", "--yes").exit())
        .isZero();
    try (WardenHome opened = TestAccount.open(dir)) {
      assertThat(opened.iam().policies().listPolicyVersions(arn, dev.warden.core.iam.ListOptions.all()).items()).hasSize(2);
    }
  }

  @Test
  void nothingUsedIsNotApplied() {
    CliRun run = CliRun.of("policy", "generate", "--home", home, "--principal", ARN + "role/deployer", "--apply", "--yes");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("nothing was used");
  }
}
