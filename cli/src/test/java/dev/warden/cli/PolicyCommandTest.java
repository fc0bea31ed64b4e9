package dev.warden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy commands as a script would use them: output and exit codes. */
class PolicyCommandTest {
  @TempDir Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private Path file(String name, String text) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, text);
    return path;
  }

  private static final String LAKE = """
      {
        "Version": "2012-10-17",
        "Statement": [
          {"Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::lake/${aws:username}/*"},
          {"Sid": "NoPlainHttp", "Effect": "Deny", "Action": "s3:*", "Resource": "*",
           "Condition": {"Bool": {"aws:SecureTransport": "false"}}}
        ]
      }""";

  @Test
  void allowedExitsZero() throws IOException {
    Path policy = file("lake.json", LAKE);
    CliRun run = run("policy", "simulate", "--policy", policy.toString(), "--principal", "arn:aws:iam::123456789012:user/alice",
        "--action", "s3:GetObject", "--resource", "arn:aws:s3:::lake/alice/data.csv", "--context", "aws:SecureTransport=boolean:true");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("allowed:");
  }

  @Test
  void implicitDenyExitsOneWithAwsMessage() throws IOException {
    Path policy = file("lake.json", LAKE);
    CliRun run = run("policy", "simulate", "--policy", policy.toString(), "--principal", "arn:aws:iam::123456789012:user/bob",
        "--action", "s3:GetObject", "--resource", "arn:aws:s3:::lake/alice/data.csv");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("implicitDeny")
        .contains("User: arn:aws:iam::123456789012:user/bob is not authorized to perform: s3:GetObject on resource: "
            + "arn:aws:s3:::lake/alice/data.csv because no identity-based policy allows the s3:GetObject action");
  }

  @Test
  void explicitDenyIsExplainedWithPosition() throws IOException {
    Path policy = file("lake.json", LAKE);
    CliRun run = run("policy", "simulate", "--policy", policy.toString(), "--principal", "arn:aws:iam::123456789012:user/alice",
        "--action", "s3:GetObject", "--resource", "arn:aws:s3:::lake/alice/data.csv", "--context", "aws:SecureTransport=boolean:false",
        "--explain");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("explicitDeny").contains("Deny " + policy + ":5:").contains("(Sid NoPlainHttp)");
  }

  @Test
  void jsonUsesAwsDecisionWords() throws IOException {
    Path policy = file("lake.json", LAKE);
    CliRun run = run("policy", "simulate", "--policy", policy.toString(), "--principal", "arn:aws:iam::123456789012:user/alice",
        "--action", "s3:GetObject", "--resource", "arn:aws:s3:::lake/alice/data.csv", "--json");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("\"decision\" : \"allowed\"").contains("\"aws:username\" : \"alice\"")
        .contains("\"missingContextKeys\" : [ \"aws:SecureTransport\" ]");
  }

  @Test
  void boundaryLimitsIdentity() throws IOException {
    Path policy = file("admin.json", "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}}");
    Path boundary = file("pb.json", "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}}");
    CliRun run = run("policy", "simulate", "--policy", policy.toString(), "--boundary", boundary.toString(), "--action", "iam:CreateUser");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("because no permissions boundary policy allows the iam:CreateUser action");
  }

  @Test
  void trustPolicyDecidesAssumeRole() throws IOException {
    Path trust = file("trust.json", """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}""");
    String role = "arn:aws:iam::123456789012:role/glue-starter";
    assertThat(run("policy", "simulate", "--resource-policy", trust.toString(), "--principal", "lambda.amazonaws.com",
        "--action", "sts:AssumeRole", "--resource", role).exit()).isZero();
    assertThat(run("policy", "simulate", "--resource-policy", trust.toString(), "--principal", "ec2.amazonaws.com",
        "--action", "sts:AssumeRole", "--resource", role).exit()).isEqualTo(1);
  }

  @Test
  void invalidPolicyExitsTwoWithPosition() throws IOException {
    Path bad = file("bad.json", "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": {\"Effect\": \"allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}\n}");
    CliRun run = run("policy", "simulate", "--policy", bad.toString(), "--action", "s3:GetObject");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("bad.json:3:").contains("MalformedPolicyDocument");
  }

  @Test
  void badContextExitsTwo() throws IOException {
    Path policy = file("lake.json", LAKE);
    assertThat(run("policy", "simulate", "--policy", policy.toString(), "--action", "s3:GetObject",
        "--context", "aws:SourceIp=address:10.0.0.1").exit()).isEqualTo(2);
    assertThat(run("policy", "simulate", "--policy", policy.toString(), "--action", "s3:GetObject",
        "--context", "nonsense").exit()).isEqualTo(2);
    assertThat(run("policy", "simulate", "--policy", policy.toString(), "--action", "s3:GetObject",
        "--principal", "bob").exit()).isEqualTo(2);
  }

  @Test
  void validateReportsEachFile() throws IOException {
    Path good = file("good.json", LAKE);
    Path bad = file("bad.json", "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"GetObject\",\"Resource\":\"*\"}}");
    CliRun ok = run("policy", "validate", good.toString());
    assertThat(ok.exit()).isZero();
    assertThat(ok.out()).contains("valid identity policy, no findings");
    CliRun failed = run("policy", "validate", good.toString(), bad.toString());
    assertThat(failed.exit()).isEqualTo(1);
    assertThat(failed.out()).contains("bad.json:1:").contains("vendor");
    CliRun json = run("policy", "validate", "--json", bad.toString());
    assertThat(json.out()).contains("\"findingType\":\"ERROR\"").contains("\"issueCode\":\"MALFORMED_POLICY_DOCUMENT\"");
    assertThat(run("policy", "validate", dir.resolve("missing.json").toString()).exit()).isEqualTo(2);
  }

  @Test
  void trustKindRejectsResource() throws IOException {
    Path trust = file("trust.json", """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole","Resource":"*"}]}""");
    CliRun run = run("policy", "validate", "--kind", "trust", trust.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("Resource");
  }

  @Test
  void catalogueFindingsAppearWithPositions() throws IOException {
    Path typo = file("typo.json", "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObjet\", \"Resource\": \"*\"}]\n}");
    CliRun run = run("policy", "validate", typo.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("typo.json:3:").contains("ERROR INVALID_ACTION").contains("s3:GetObjet");
  }

  @Test
  void passRoleOnStarIsASecurityWarningThatFailsOnlyWhenAsked() throws IOException {
    Path pass = file("pass.json", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"iam:PassRole\",\"Resource\":\"*\"}]}");
    CliRun lenient = run("policy", "validate", pass.toString());
    assertThat(lenient.exit()).isZero();
    assertThat(lenient.out()).contains("SECURITY_WARNING PASS_ROLE_WITH_STAR_IN_RESOURCE");
    assertThat(run("policy", "validate", "--fail-on", "SECURITY_WARNING", pass.toString()).exit()).isEqualTo(1);
  }

  @Test
  void sarifIsSarif210() throws IOException {
    Path pass = file("pass.json", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"iam:PassRole\",\"Resource\":\"*\"}]}");
    CliRun run = run("policy", "validate", "--format", "sarif", pass.toString());
    assertThat(run.out()).contains("\"version\" : \"2.1.0\"").contains("PASS_ROLE_WITH_STAR_IN_RESOURCE").contains("pass.json");
  }
}
