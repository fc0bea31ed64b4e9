package dev.warden.policy.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.policy.document.SourcePosition;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The documented JSON form of a {@link Decision} (docs/EXPLANATION.md). Field names are stable;
 * new fields may be added, none renamed or removed. Sets and maps are sorted so equal decisions
 * give equal text.
 */
public final class DecisionJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private DecisionJson() {}

  public static ObjectNode toJson(Decision decision) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("decision", decision.decision().awsName());
    root.put("step", decision.step().name());
    root.put("reason", decision.reason());
    decision.decidingType().ifPresent(type -> root.put("decidingPolicyType", name(type)));
    root.put("principal", decision.principalArn());
    root.put("action", decision.action());
    root.put("resource", decision.resource());
    decision.accessDeniedMessage().ifPresent(message -> root.put("accessDeniedMessage", message));
    root.set("decidingStatements", statements(decision.decidingStatements()));
    root.set("matchedStatements", statements(decision.matchedStatements()));
    ObjectNode types = root.putObject("policyTypeDecisions");
    Map<String, String> sortedTypes = new TreeMap<>();
    decision.policyTypeDecisions().forEach((type, verdict) -> sortedTypes.put(name(type), verdict.awsName()));
    sortedTypes.forEach(types::put);
    ArrayNode missing = root.putArray("missingContextKeys");
    new TreeSet<>(decision.missingContextKeys()).forEach(missing::add);
    ObjectNode variables = root.putObject("resolvedVariables");
    new TreeMap<>(decision.resolvedVariables()).forEach(variables::put);
    return root;
  }

  /** Pretty-printed JSON text. */
  public static String toText(Decision decision) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(decision));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The JSON name of a policy type: identity, resource, permissionsBoundary, session, scp, rcp. */
  public static String name(PolicyType type) {
    return switch (type) {
      case IDENTITY -> "identity";
      case RESOURCE -> "resource";
      case PERMISSIONS_BOUNDARY -> "permissionsBoundary";
      case SESSION -> "session";
      case SCP -> "scp";
      case RCP -> "rcp";
    };
  }

  private static ArrayNode statements(List<MatchedStatement> statements) {
    ArrayNode array = MAPPER.createArrayNode();
    for (MatchedStatement statement : statements) {
      ObjectNode node = array.addObject();
      node.put("policyId", statement.policyId());
      node.put("policyType", name(statement.policyType()));
      node.put("statementIndex", statement.statementIndex());
      statement.sid().ifPresent(sid -> node.put("sid", sid));
      node.put("effect", statement.effect().json());
      node.set("start", position(statement.start()));
      node.set("end", position(statement.end()));
    }
    return array;
  }

  private static ObjectNode position(SourcePosition position) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("line", position.line());
    node.put("column", position.column());
    return node;
  }
}
