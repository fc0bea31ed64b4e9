package dev.warden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.core.home.WardenHome;
import dev.warden.core.home.WardenHomeSettings;
import dev.warden.core.iam.PolicyRequests;
import dev.warden.core.iam.RoleRequests;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code warden lint} as CI would run it: output formats and exit codes. */
class LintCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  private Run run(String... args) {
    CommandLine cli = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private Path file(String name, String text) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, text);
    return path;
  }

  private static final String S3_STAR = """
      {
        "Version": "2012-10-17",
        "Statement": [
          {"Effect": "Allow", "Action": "s3:*", "Resource": "*"}
        ]
      }""";

  private static final String ONE_BUCKET = """
      {
        "Version": "2012-10-17",
        "Statement": [
          {"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "arn:aws:s3:::reports/*"}
        ]
      }""";

  private static final String READ_SECRETS = """
      {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "secretsmanager:GetSecretValue", "Resource": "*"}]}""";

  @Test
  void textNamesFilePositionTypeAndCodeAndFailsOnSecurityWarnings() throws IOException {
    Path bad = file("s3.json", S3_STAR);
    Run run = run("lint", bad.toString());
    assertThat(run.exit).isEqualTo(1);
    assertThat(run.out).contains(bad + ":4:35: SECURITY_WARNING SERVICE_WIDE_WILDCARD [Statement[0].Action[0]]: \"s3:*\" allows every s3 action")
        .contains(bad + ":4:55: WARNING WRITE_ON_ALL_RESOURCES [Statement[0].Resource[0]]")
        .contains("4 findings (2 SECURITY_WARNING, 2 WARNING); failing: at or above SECURITY_WARNING");
  }

  @Test
  void aCleanFileExitsZero() throws IOException {
    Run run = run("lint", file("ok.json", ONE_BUCKET).toString());
    assertThat(run.exit).isZero();
    assertThat(run.out).isEqualTo("0 findings; none at or above SECURITY_WARNING" + System.lineSeparator());
  }

  @Test
  void failOnChoosesTheThreshold() throws IOException {
    Path warningOnly = file("secrets.json", READ_SECRETS);
    assertThat(run("lint", warningOnly.toString()).exit).isZero();
    assertThat(run("lint", "--fail-on", "WARNING", warningOnly.toString()).exit).isEqualTo(1);
    assertThat(run("lint", "--fail-on", "WARNING", "--no-fail", warningOnly.toString()).exit).isZero();
  }

  @Test
  void jsonCarriesFindingsPerArtifactWithFixes() throws IOException {
    Path bad = file("s3.json", S3_STAR);
    Run run = run("lint", "--json", bad.toString());
    JsonNode report = JSON.readTree(run.out);
    JsonNode first = report.path("results").get(0);
    assertThat(first.path("artifact").asText()).isEqualTo(bad.toString());
    assertThat(first.path("findings").get(0).path("issueCode").asText()).isEqualTo("SERVICE_WIDE_WILDCARD");
    assertThat(first.path("findings").get(0).path("suggestedFix").asText()).startsWith("List the actions");
    assertThat(first.path("findings").get(0).path("locations").get(0).path("span").path("start").path("line").asInt()).isEqualTo(4);
    assertThat(report.path("counts").path("SECURITY_WARNING").asInt()).isEqualTo(2);
    assertThat(report.path("failed").asBoolean()).isTrue();
  }

  @Test
  void sarifHasRulesWithHelp() throws IOException {
    Run run = run("lint", "--sarif", file("s3.json", S3_STAR).toString());
    JsonNode log = JSON.readTree(run.out);
    assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    JsonNode rules = log.path("runs").get(0).path("tool").path("driver").path("rules");
    assertThat(rules).hasSize(4);
    assertThat(rules.get(0).path("help").path("text").asText()).contains("Fix: List the actions");
    assertThat(log.path("runs").get(0).path("results")).hasSize(4);
  }

  @Test
  void trustKindAndOwnAccount() throws IOException {
    Path trust = file("trust.json", """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "111122223333"}, "Action": "sts:AssumeRole"}]}""");
    assertThat(run("lint", "--kind", "trust", trust.toString()).out).contains("TRUST_WHOLE_ACCOUNT");
    assertThat(run("lint", "--kind", "trust", "--account-id", "111122223333", trust.toString()).out).doesNotContain("TRUST_WHOLE_ACCOUNT");
  }

  @Test
  void brokenPolicyIsAnErrorFinding() throws IOException {
    Run run = run("lint", "--fail-on", "ERROR", file("broken.json", "{\"Version\": \"2012-10-17\", \"Statement\": [").toString());
    assertThat(run.exit).isEqualTo(1);
    assertThat(run.out).contains("ERROR MALFORMED_POLICY_DOCUMENT");
  }

  @Test
  void badInvocationsExitTwo() throws IOException {
    assertThat(run("lint").exit).isEqualTo(2);
    assertThat(run("lint", "--account", file("x.json", ONE_BUCKET).toString()).exit).isEqualTo(2);
    assertThat(run("lint", dir.resolve("missing.json").toString()).exit).isEqualTo(2);
    assertThat(run("lint", "--account", "--home", dir.resolve("nowhere").toString()).exit).isEqualTo(2);
    assertThat(run("lint", "--now", "yesterday", file("y.json", ONE_BUCKET).toString()).exit).isEqualTo(2);
  }

  @Test
  void accountModeReadsTheHome() {
    Path home = dir.resolve("home");
    Clock day0 = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    try (WardenHome opened = WardenHome.open(WardenHomeSettings.defaults(home).withAccountId("111122223333").withClock(day0))) {
      opened.iam().roles().createRole(RoleRequests.CreateRole.of("open",
          "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"sts:AssumeRole\"}]}"));
      opened.iam().policies().createPolicy(new PolicyRequests.CreatePolicy("Unused", null, ONE_BUCKET, null, List.of()));
    }
    Run run = run("lint", "--account", "--home", home.toString(), "--now", "2026-01-02T00:00:00Z");
    assertThat(run.exit).isEqualTo(1);
    assertThat(run.out)
        .contains("iam/roles/open/trust.json:1:68: SECURITY_WARNING TRUST_ANY_PRINCIPAL [Statement[0].Principal]")
        .contains("iam/roles/open: WARNING UNUSED_ROLE: Role open has never been assumed since it was created 2026-01-01T00:00:00Z.")
        .contains("iam/policies/Unused: SUGGESTION UNATTACHED_POLICY")
        .contains("iam/users/admin: WARNING UNUSED_ACCESS_KEY [AccessKeys.");
  }
}
