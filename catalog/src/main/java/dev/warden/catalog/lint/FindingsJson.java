package dev.warden.catalog.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.policy.document.SourcePosition;
import java.util.List;

/**
 * Findings as JSON in the shape of Access Analyzer's ValidatePolicy response, so scripts written
 * for {@code aws accessanalyzer validate-policy} read Warden's output too:
 * {@code {"findings":[{"findingType","issueCode","findingDetails","locations":[{"path":[...],"span":{...}}]}]}}.
 * Access Analyzer's span also carries character offsets; Warden's positions are line and column.
 */
public final class FindingsJson {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private FindingsJson() {}

  public static String write(List<Finding> findings) {
    try {
      return JSON.writeValueAsString(toJson(findings));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise findings", e);
    }
  }

  public static ObjectNode toJson(List<Finding> findings) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode list = root.putArray("findings");
    for (Finding finding : findings) {
      ObjectNode node = list.addObject()
          .put("findingType", finding.type().name())
          .put("issueCode", finding.code())
          .put("findingDetails", finding.message());
      LintCheck.byCode(finding.code()).ifPresent(check -> node.put("suggestedFix", check.fix()));
      ObjectNode location = node.putArray("locations").addObject();
      ArrayNode path = location.putArray("path");
      for (PathElement element : finding.location().path()) {
        if (element instanceof PathElement.Index index) {
          path.addObject().put("index", index.index());
        } else {
          path.addObject().put("value", ((PathElement.Key) element).value());
        }
      }
      SourcePosition position = finding.location().position();
      if (position.line() > 0) {
        location.putObject("span").putObject("start").put("line", position.line()).put("column", position.column());
      }
    }
    return root;
  }
}
