package dev.warden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class CatalogCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void actionsListsMatchesWithAccessLevels() {
    Run run = run("catalog", "actions", "s3:Get*");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).containsPattern("(?m)^s3:GetObject +Read$");
    assertThat(run.out()).doesNotContain("s3:PutObject").contains("actions (Read ");
  }

  @Test
  void actionsAsJsonCountsEveryMatch() throws Exception {
    JsonNode json = JSON.readTree(run("catalog", "actions", "iam:*Role*", "--level", "Permissions management", "--json").out());
    assertThat(json.path("count").asInt()).isEqualTo(json.path("actions").size()).isPositive();
    assertThat(json.path("actions").findValuesAsText("accessLevel")).containsOnly("Permissions management");
    assertThat(json.path("actions").findValuesAsText("action")).contains("iam:PutRolePolicy").doesNotContain("iam:PassRole");
  }

  @Test
  void actionShowsDetails() {
    Run run = run("catalog", "action", "iam:passrole");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("iam:PassRole")
        .contains("Access level:  Write")
        .containsPattern("role\\* +arn:\\$\\{Partition}:iam::\\$\\{Account}:role/\\$\\{RoleNameWithPath}")
        .containsPattern("iam:PassedToService +String");
  }

  @Test
  void actionAsJson() throws Exception {
    JsonNode json = JSON.readTree(run("catalog", "action", "s3:GetObject", "--json").out());
    assertThat(json.path("accessLevel").asText()).isEqualTo("Read");
    assertThat(json.path("resourceTypes").findValuesAsText("name")).contains("object", "accesspointobject");
    assertThat(json.path("conditionKeys").findValuesAsText("key")).contains("s3:TlsVersion");
  }

  @ParameterizedTest
  @CsvSource({
      "s3:GetObjet,   Did you mean s3:GetObject",
      "s4:GetObject,  Did you mean s3:GetObject",
      "s3:Get*,       is a pattern",
      "GetObject,     is not an action",
  })
  void unknownActionsExplainAndSuggest(String name, String hint) {
    Run run = run("catalog", "action", name);
    assertThat(run.exitCode()).isEqualTo(CatalogCommand.NOT_FOUND);
    assertThat(run.err()).contains(hint);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void keysListsTypedKeysAndGlobalKeysOnRequest() {
    Run run = run("catalog", "keys", "s3:GetObject");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).containsPattern("s3:TlsVersion +Numeric").contains("global aws:* keys apply too");
    assertThat(run("catalog", "keys", "s3:GetObject", "--global").out()).containsPattern("aws:SourceIp +IPAddress");
    assertThat(run("catalog", "keys").out()).contains("Global condition keys:").containsPattern("aws:SecureTransport +Bool");
  }

  @Test
  void managedPolicyPrintsTheDefaultDocument() throws Exception {
    Run run = run("catalog", "managed-policy", "AmazonS3ReadOnlyAccess");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess").contains("Default version:  v3").contains("\"s3:Get*\"");
    JsonNode json = JSON.readTree(run("catalog", "managed-policy", "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole", "--json").out());
    assertThat(json.path("path").asText()).isEqualTo("/service-role/");
    assertThat(json.path("document").path("Statement").toString()).contains("logs:CreateLogGroup");
    Run missing = run("catalog", "managed-policy", "NoSuchPolicy");
    assertThat(missing.exitCode()).isEqualTo(CatalogCommand.NOT_FOUND);
    assertThat(missing.err()).contains("No AWS managed policy named NoSuchPolicy");
  }

  @Test
  void arnShowsItsResourceType() {
    Run run = run("catalog", "arn", "arn:aws:s3:::bucket/key");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().findFirst()).hasValueSatisfying(l -> assertThat(l).startsWith("s3/object"));
    assertThat(run("catalog", "arn", "arn:aws:nosuch:::x").exitCode()).isEqualTo(CatalogCommand.NOT_FOUND);
  }

  @Test
  void unknownLevelIsAUsageError() {
    Run run = run("catalog", "actions", "s3:*", "--level", "Admin");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown access level 'Admin'");
  }
}
