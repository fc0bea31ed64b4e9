package dev.warden.catalog.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.policy.document.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes findings as a SARIF 2.1.0 log (OASIS standard), the format code-scanning tools such as
 * GitHub code scanning read: one run, one rule per finding code, one result per finding with its
 * line and column in the policy file and its JSON path as a logical location.
 */
public final class SarifWriter {
  public static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  public static final String VERSION = "2.1.0";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final String toolName;
  private final String toolVersion;
  private final String informationUri;

  /**
   * @param informationUri where people learn about the tool (SARIF {@code driver.informationUri})
   */
  public SarifWriter(String toolName, String toolVersion, String informationUri) {
    this.toolName = toolName;
    this.toolVersion = toolVersion;
    this.informationUri = informationUri;
  }

  /** One policy file and its findings; {@code artifactUri} is the file as given, e.g. {@code policy.json}. */
  public String write(String artifactUri, List<Finding> findings) {
    Map<String, List<Finding>> one = new LinkedHashMap<>();
    one.put(artifactUri, findings);
    return write(one);
  }

  /** Several policy files, in the map's order. */
  public String write(Map<String, List<Finding>> findingsByArtifact) {
    try {
      return JSON.writeValueAsString(toJson(findingsByArtifact));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise SARIF", e);
    }
  }

  /** The SARIF log as a JSON tree, for callers that embed or post-process it. */
  public ObjectNode toJson(Map<String, List<Finding>> findingsByArtifact) {
    ObjectNode log = JSON.createObjectNode().put("$schema", SCHEMA).put("version", VERSION);
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver")
        .put("name", toolName)
        .put("version", toolVersion)
        .put("informationUri", informationUri);
    List<String> ruleIds = new ArrayList<>();
    ArrayNode rules = driver.putArray("rules");
    ArrayNode artifacts = run.putArray("artifacts");
    ArrayNode results = run.putArray("results");
    int artifactIndex = 0;
    for (Map.Entry<String, List<Finding>> artifact : findingsByArtifact.entrySet()) {
      artifacts.addObject().putObject("location").put("uri", artifact.getKey());
      for (Finding finding : artifact.getValue()) {
        int ruleIndex = ruleIds.indexOf(finding.code());
        if (ruleIndex < 0) {
          ruleIndex = ruleIds.size();
          ruleIds.add(finding.code());
          addRule(rules, finding);
        }
        addResult(results, finding, ruleIndex, artifact.getKey(), artifactIndex);
      }
      artifactIndex++;
    }
    run.put("columnKind", "utf16CodeUnits");
    return log;
  }

  private static void addRule(ArrayNode rules, Finding finding) {
    ObjectNode rule = rules.addObject().put("id", finding.code()).put("name", pascalCase(finding.code()));
    String summary = CatalogCheck.byCode(finding.code()).map(CatalogCheck::summary)
        .or(() -> LintCheck.byCode(finding.code()).map(LintCheck::summary)).orElse(finding.code());
    rule.putObject("shortDescription").put("text", summary);
    String help = LintCheck.byCode(finding.code()).map(check -> summary + " Fix: " + check.fix()).orElse(summary);
    rule.putObject("help").put("text", help);
    rule.putObject("defaultConfiguration").put("level", finding.type().sarifLevel());
    rule.putObject("properties").put("findingType", finding.type().name());
  }

  private static void addResult(ArrayNode results, Finding finding, int ruleIndex, String uri, int artifactIndex) {
    ObjectNode result = results.addObject()
        .put("ruleId", finding.code())
        .put("ruleIndex", ruleIndex)
        .put("level", finding.type().sarifLevel());
    result.putObject("message").put("text", finding.message());
    ObjectNode location = result.putArray("locations").addObject();
    ObjectNode physical = location.putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", uri).put("index", artifactIndex);
    SourcePosition position = finding.location().position();
    if (position.line() > 0) {
      ObjectNode region = physical.putObject("region").put("startLine", position.line());
      if (position.column() > 0) {
        region.put("startColumn", position.column());
      }
    }
    location.putArray("logicalLocations").addObject()
        .put("fullyQualifiedName", finding.location().jsonPath())
        .put("kind", "member");
    result.putObject("properties").put("findingType", finding.type().name());
  }

  /** {@code INVALID_ACTION} → {@code InvalidAction}, SARIF's convention for rule names. */
  static String pascalCase(String code) {
    StringBuilder out = new StringBuilder();
    for (String word : code.split("_")) {
      if (!word.isEmpty()) {
        out.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return out.toString();
  }
}
