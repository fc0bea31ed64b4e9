package dev.warden.insight.scan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The report as SARIF 2.1.0 for code-scanning dashboards: one rule per credential kind; live
 * credentials are errors, inactive keys warnings, recognised examples notes. Locations are relative
 * to the scanned root (%SRCROOT%); history findings carry their commit in the message and properties.
 */
public final class ScanSarifReport {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ScanSarifReport() {}

  public static String render(ScanReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "warden scan");
    driver.put("semanticVersion", "0.1.0");
    ArrayNode rules = driver.putArray("rules");
    for (CredentialKind kind : CredentialKind.values()) {
      ObjectNode rule = rules.addObject();
      rule.put("id", kind.ruleId());
      rule.put("name", "HardcodedAws" + camel(kind.label()));
      rule.putObject("shortDescription").put("text", "Hardcoded AWS " + kind.label());
      rule.putObject("help").put("text", "Remove it from the file and its git history, and deactivate and "
          + "rotate the key (warden/aws iam update-access-key --status Inactive). Read credentials from the "
          + "environment, a profile or an instance role instead.");
      rule.putObject("defaultConfiguration").put("level", "error");
    }
    ArrayNode results = run.putArray("results");
    for (ReportedFinding f : report.findings()) {
      ObjectNode result = results.addObject();
      CredentialKind kind = f.finding().kind();
      Location where = f.location();
      result.put("ruleId", kind.ruleId());
      result.put("ruleIndex", kind.ordinal());
      result.put("level", f.detection().isExample() ? "note" : f.live() ? "error" : "warning");
      String standing = f.standing() == null ? "no key id nearby" : f.standing().describe();
      result.putObject("message").put("text", "Hardcoded AWS " + kind.label() + " " + f.detection().shown()
          + (where.inHistory() ? " added in commit " + where.commit() : "") + ": " + standing
          + (f.detection().isExample() ? " [" + f.detection().example() + "]" : ""));
      ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
      ObjectNode artifact = physical.putObject("artifactLocation");
      artifact.put("uri", where.path());
      artifact.put("uriBaseId", "%SRCROOT%");
      ObjectNode region = physical.putObject("region");
      region.put("startLine", where.line());
      region.put("startColumn", where.column());
      ObjectNode properties = result.putObject("properties");
      properties.put("live", f.live());
      if (where.inHistory()) {
        properties.put("commit", where.commit());
      }
      if (f.keyId() != null) {
        properties.put("accessKeyId", f.keyId());
      }
      if (f.standing() != null) {
        properties.put("wardenStatus", f.standing().standing().name());
        if (f.standing().userArn() != null) {
          properties.put("userArn", f.standing().userArn());
        }
      }
    }
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the scan report as SARIF", e);
    }
  }

  private static String camel(String label) {
    StringBuilder out = new StringBuilder();
    for (String word : label.split(" ")) {
      out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return out.toString();
  }
}
