package dev.warden.catalog.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.policy.document.SourcePosition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SarifWriterTest {
  private static final SarifWriter WRITER = new SarifWriter("warden", "0.1.0", "https://example.invalid/warden");

  private static final Finding INVALID = new Finding(FindingType.ERROR, "INVALID_ACTION", "The action \"s3:GetObjet\" does not exist.",
      FindingLocation.entry(0, "Action", 1, new SourcePosition(5, 9)));
  private static final Finding PASS_ROLE = new Finding(FindingType.SECURITY_WARNING, "PASS_ROLE_WITH_STAR_IN_RESOURCE", "iam:PassRole on *",
      FindingLocation.entry(1, "Resource", 0, new SourcePosition(12, 19)));
  private static final Finding REDUNDANT = new Finding(FindingType.SUGGESTION, "REDUNDANT_STATEMENT", "Statement 2 ...",
      FindingLocation.statement(2, SourcePosition.UNKNOWN));
  private static final Finding SECOND_INVALID = new Finding(FindingType.ERROR, "INVALID_ACTION", "The action \"s3:PutObjet\" does not exist.",
      FindingLocation.entry(0, "Action", 2, new SourcePosition(6, 9)));

  @Test
  void writesASarif210LogWithOneRulePerCode() throws Exception {
    JsonNode log = new ObjectMapper().readTree(WRITER.write("policies/app.json", List.of(INVALID, PASS_ROLE, REDUNDANT, SECOND_INVALID)));
    assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    assertThat(log.path("$schema").asText()).endsWith("sarif-schema-2.1.0.json");
    JsonNode run = log.path("runs").get(0);
    JsonNode driver = run.path("tool").path("driver");
    assertThat(driver.path("name").asText()).isEqualTo("warden");
    assertThat(driver.path("rules").findValuesAsText("id"))
        .containsExactly("INVALID_ACTION", "PASS_ROLE_WITH_STAR_IN_RESOURCE", "REDUNDANT_STATEMENT");
    assertThat(driver.path("rules").get(0).path("name").asText()).isEqualTo("InvalidAction");
    assertThat(driver.path("rules").get(0).path("shortDescription").path("text").asText()).isEqualTo(CatalogCheck.INVALID_ACTION.summary());
    assertThat(driver.path("rules").get(0).path("defaultConfiguration").path("level").asText()).isEqualTo("error");

    JsonNode results = run.path("results");
    assertThat(results).hasSize(4);
    for (JsonNode result : results) {
      int ruleIndex = result.path("ruleIndex").asInt();
      assertThat(driver.path("rules").get(ruleIndex).path("id").asText()).isEqualTo(result.path("ruleId").asText());
    }
    JsonNode first = results.get(0);
    assertThat(first.path("message").path("text").asText()).contains("s3:GetObjet");
    JsonNode physical = first.path("locations").get(0).path("physicalLocation");
    assertThat(physical.path("artifactLocation").path("uri").asText()).isEqualTo("policies/app.json");
    assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(5);
    assertThat(physical.path("region").path("startColumn").asInt()).isEqualTo(9);
    assertThat(first.path("locations").get(0).path("logicalLocations").get(0).path("fullyQualifiedName").asText())
        .isEqualTo("Statement[0].Action[1]");
    assertThat(results.get(1).path("level").asText()).isEqualTo("warning");
    assertThat(results.get(1).path("properties").path("findingType").asText()).isEqualTo("SECURITY_WARNING");
    assertThat(results.get(2).path("level").asText()).isEqualTo("note");
    // SARIF regions start at line 1: an unknown position leaves the region out rather than writing 0.
    assertThat(results.get(2).path("locations").get(0).path("physicalLocation").has("region")).isFalse();
    assertThat(results.get(3).path("ruleIndex").asInt()).isZero();
  }

  @Test
  void writesSeveralArtifactsAndEmptyRuns() throws Exception {
    Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    byFile.put("a.json", List.of(INVALID));
    byFile.put("b.json", List.of(PASS_ROLE));
    JsonNode run = new ObjectMapper().readTree(WRITER.write(byFile)).path("runs").get(0);
    assertThat(run.path("artifacts").findValuesAsText("uri")).containsExactly("a.json", "b.json");
    assertThat(run.path("results").get(1).path("locations").get(0).path("physicalLocation").path("artifactLocation").path("index").asInt())
        .isEqualTo(1);
    JsonNode empty = new ObjectMapper().readTree(WRITER.write("clean.json", List.of())).path("runs").get(0);
    assertThat(empty.path("results")).isEmpty();
    assertThat(empty.path("tool").path("driver").path("rules")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"INVALID_ACTION, InvalidAction", "PASS_ROLE_WITH_STAR_IN_RESOURCE, PassRoleWithStarInResource", "X, X"})
  void namesRulesInPascalCase(String code, String name) {
    assertThat(SarifWriter.pascalCase(code)).isEqualTo(name);
  }

  @Test
  void findingsJsonHasAccessAnalyzerShape() throws Exception {
    JsonNode json = new ObjectMapper().readTree(FindingsJson.write(List.of(INVALID, REDUNDANT)));
    JsonNode first = json.path("findings").get(0);
    assertThat(first.path("findingType").asText()).isEqualTo("ERROR");
    assertThat(first.path("issueCode").asText()).isEqualTo("INVALID_ACTION");
    assertThat(first.path("findingDetails").asText()).contains("s3:GetObjet");
    assertThat(first.path("locations").get(0).path("path").toString())
        .isEqualTo("[{\"value\":\"Statement\"},{\"index\":0},{\"value\":\"Action\"},{\"index\":1}]");
    assertThat(first.path("locations").get(0).path("span").path("start").path("line").asInt()).isEqualTo(5);
    assertThat(json.path("findings").get(1).path("locations").get(0).has("span")).isFalse();
  }

  @Test
  void rulesCarryHelpAndLintRulesTheirFix() throws Exception {
    Finding wildcard = LintCheck.SERVICE_WIDE_WILDCARD.finding("\"s3:*\" allows every s3 action",
        FindingLocation.entry(0, "Action", 0, new SourcePosition(4, 17)));
    JsonNode rules = new ObjectMapper().readTree(WRITER.write("p.json", List.of(INVALID, wildcard)))
        .path("runs").get(0).path("tool").path("driver").path("rules");
    assertThat(rules.get(0).path("help").path("text").asText()).isEqualTo(CatalogCheck.INVALID_ACTION.summary());
    assertThat(rules.get(1).path("shortDescription").path("text").asText()).isEqualTo(LintCheck.SERVICE_WIDE_WILDCARD.summary());
    assertThat(rules.get(1).path("help").path("text").asText())
        .isEqualTo(LintCheck.SERVICE_WIDE_WILDCARD.summary() + " Fix: " + LintCheck.SERVICE_WIDE_WILDCARD.fix());
  }
}
