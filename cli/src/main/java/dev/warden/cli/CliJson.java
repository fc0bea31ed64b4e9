package dev.warden.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.catalog.lint.Finding;
import dev.warden.catalog.lint.FindingsJson;
import java.util.Map;
import java.util.List;

/** JSON shapes printed by the commands' --json options. */
final class CliJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CliJson() {}

  /**
   * [{"file": ..., "findings": [...]}] with each file's findings in Access Analyzer's ValidatePolicy
   * shape (findingType, issueCode, findingDetails, locations).
   */
  static String validation(Map<String, List<Finding>> byFile) {
    ArrayNode array = MAPPER.createArrayNode();
    byFile.forEach((file, findings) -> {
      ObjectNode node = array.addObject();
      node.put("file", file);
      node.set("findings", FindingsJson.toJson(findings).get("findings"));
    });
    return array.toString();
  }
}
