package dev.warden.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.policy.parse.PolicyProblem;
import java.util.List;

/** JSON shapes printed by the commands' --json options. */
final class CliJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CliJson() {}

  /** {"file": ..., "valid": bool, "problems": [{"errorClass", "message", "line", "column"}]} */
  static String validation(String file, List<PolicyProblem> problems) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("file", file);
    node.put("valid", problems.isEmpty());
    ArrayNode array = node.putArray("problems");
    for (PolicyProblem problem : problems) {
      ObjectNode p = array.addObject();
      p.put("errorClass", problem.errorClass().awsCode());
      p.put("message", problem.message());
      p.put("detail", problem.detail());
      p.put("line", problem.position().line());
      p.put("column", problem.position().column());
    }
    return node.toString();
  }
}
