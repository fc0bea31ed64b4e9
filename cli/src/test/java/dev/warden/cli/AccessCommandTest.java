package dev.warden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code warden access who-can|what-can} against a real Warden home. */
class AccessCommandTest {
  static final String ARN = TestAccount.ARN;

  @TempDir Path dir;
  String home;

  @BeforeEach
  void account() {
    TestAccount.create(dir);
    home = dir.toString();
  }

  @Test
  void whoCanReportsAConditionalGrantWithItsCondition() {
    CliRun run = CliRun.of("access", "who-can", "--home", home, "--action", "iam:CreateUser", "--resource", ARN + "user/new");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("2 principal(s)", "ALLOWED     user " + ARN + "user/admin",
        "CONDITIONAL user " + ARN + "user/alice", "allowed if aws:SourceIp IpAddress 10.0.0.0/8");
  }

  @Test
  void whoCanAsJson() throws Exception {
    CliRun run = CliRun.of("access", "who-can", "--home", home, "--action", "iam:CreateUser", "--json");
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("principals")).hasSize(2);
    assertThat(json.at("/principals/1/access").asText()).isEqualTo("conditional");
    assertThat(json.at("/principals/1/allowedIf/0/condition").asText()).isEqualTo("aws:SourceIp IpAddress 10.0.0.0/8");
  }

  @Test
  void whatCanGroupsByServiceAndAccessLevel() {
    CliRun run = CliRun.of("access", "what-can", "--home", home, "--principal", ARN + "user/alice");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("iam\n  Read\n    iam:GetUser", "  Write\n    iam:CreateUser",
        "lambda\n  Write\n    lambda:CreateFunction");
  }

  @Test
  void badInputIsAClearErrorNotAStackTrace() {
    assertThat(CliRun.of("access", "what-can", "--home", home, "--principal", ARN + "user/nobody"))
        .satisfies(r -> assertThat(r.exit()).isEqualTo(2))
        .satisfies(r -> assertThat(r.err()).contains("no user or role " + ARN + "user/nobody"));
    assertThat(CliRun.of("access", "who-can", "--home", home, "--action", "iam:*")).satisfies(r -> {
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains("--action must be one action");
    });
    assertThat(CliRun.of("access", "who-can", "--home", dir.resolve("missing").toString(), "--action", "iam:GetUser"))
        .satisfies(r -> assertThat(r.err()).contains("no Warden home at"));
  }
}
