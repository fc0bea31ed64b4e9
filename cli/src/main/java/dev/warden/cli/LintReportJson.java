package dev.warden.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.catalog.lint.Finding;
import dev.warden.catalog.lint.FindingType;
import dev.warden.catalog.lint.FindingsJson;
import java.util.List;
import java.util.Map;

/**
 * {@code warden lint --json}: {@code {"results":[{"artifact", "findings":[...]}], "counts":{TYPE:n}, "failed":bool}},
 * each findings list in Access Analyzer's ValidatePolicy shape (see {@link FindingsJson}).
 */
final class LintReportJson {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private LintReportJson() {}

  static String write(Map<String, List<Finding>> byArtifact, boolean failed) {
    ObjectNode root = JSON.createObjectNode();
    var results = root.putArray("results");
    byArtifact.forEach((artifact, findings) -> {
      ObjectNode node = results.addObject().put("artifact", artifact);
      node.set("findings", FindingsJson.toJson(findings).get("findings"));
    });
    ObjectNode counts = root.putObject("counts");
    for (FindingType type : FindingType.values()) {
      counts.put(type.name(), byArtifact.values().stream().flatMap(List::stream).filter(f -> f.type() == type).count());
    }
    root.put("failed", failed);
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise lint report", e);
    }
  }
}
