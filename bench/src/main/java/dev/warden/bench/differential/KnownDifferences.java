package dev.warden.bench.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The known differences between Warden and iam-simulate (see docs/CONFORMANCE.md for each code and
 * the AWS documentation behind Warden's answer). Each rewrite states the oracle's reading precisely.
 */
final class KnownDifferences {
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

  static final List<KnownDifference> ALL = List.of(
      new KnownDifference("session-policy-vs-direct-resource-grant",
          KnownDifferences::sessionWithResourcePolicy, KnownDifferences::dropDirectSessionGrants),
      new KnownDifference("variable-in-resource-name",
          c -> c.toString().contains("${"), c -> neverMatchWhenResourceTypeToken(c, true)),
      new KnownDifference("bug:wildcard-in-resource-type",
          c -> true, c -> neverMatchWhenResourceTypeToken(c, false)),
      new KnownDifference("unresolved-variable-in-notresource",
          c -> c.toString().contains("\"NotResource\""), KnownDifferences::dropNotResourceWithUnresolvedVariable),
      new KnownDifference("unresolved-variable-in-negated-condition",
          c -> c.toString().contains("${"), KnownDifferences::dropNegatedConditionWithUnresolvedVariable),
      new KnownDifference("notprincipal-account-exempts-only-the-account",
          c -> c.toString().contains("\"NotPrincipal\""), KnownDifferences::accountInNotPrincipalExemptsMembers),
      new KnownDifference("empty-multivalued-key",
          KnownDifferences::hasEmptyListValue, KnownDifferences::emptyListIsPresent));

  private static final List<String> NEGATED = List.of(
      "StringNotEquals", "StringNotEqualsIgnoreCase", "StringNotLike", "ArnNotEquals", "ArnNotLike");

  private KnownDifferences() {}

  // --- a resource policy naming the session directly, against a session policy that does not allow

  private static boolean sessionWithResourcePolicy(JsonNode c) {
    return c.path("principal").asText().contains(":assumed-role/")
        && c.path("sessionPolicy").isObject() && c.path("resourcePolicy").isObject();
  }

  /** The oracle lets a session policy that does not allow cut off grants to the session itself. */
  private static ObjectNode dropDirectSessionGrants(ObjectNode c) {
    String session = c.get("principal").asText();
    CaseEdits.dropStatementsInPolicy((ObjectNode) c.get("resourcePolicy"), statement ->
        statement.path("Effect").asText().equals("Allow") && namesDirectly(statement.get("Principal"), session));
    return c;
  }

  private static boolean namesDirectly(JsonNode principal, String session) {
    if (principal == null) {
      return false;
    }
    if (principal.isTextual()) {
      return principal.asText().equals("*");
    }
    return CaseEdits.entries(principal.get("AWS")).stream().anyMatch(p -> p.equals("*") || p.equals(session));
  }

  // --- the resource-type token of a policy resource ARN, which the oracle compares literally

  /**
   * The oracle splits the resource part of a policy ARN at its first '/' or ':' and compares what
   * comes before literally (prefix, case-sensitive): a wildcard there matches nothing, and so does a
   * policy variable whose name holds ':' or '/' when the resource has no type token (SQS queues, SNS
   * topics).
   */
  private static ObjectNode neverMatchWhenResourceTypeToken(ObjectNode c, boolean variables) {
    CaseEdits.editResourceEntries(c, entry -> {
      String token = resourceTypeToken(entry);
      boolean hasVariable = token.contains("${");
      boolean hasWildcard = token.contains("*") || token.contains("?");
      if (variables ? hasVariable : hasWildcard && !hasVariable) {
        return CaseEdits.NEVER_MATCHES;
      }
      return entry;
    });
    return c;
  }

  static String resourceTypeToken(String arn) {
    String[] parts = arn.split(":", 6);
    if (parts.length < 6 || (parts[2].equals("s3") && parts[3].isEmpty() && parts[4].isEmpty())) {
      return "";
    }
    String resource = parts[5];
    int slash = resource.indexOf('/');
    int colon = resource.indexOf(':');
    int split = slash < 0 ? colon : colon < 0 ? slash : Math.min(slash, colon);
    return split < 0 ? "" : resource.substring(0, split + 1);
  }

  // --- NotResource entries whose variable cannot be resolved

  /** The oracle treats a NotResource statement with an unresolvable variable as not applying. */
  private static ObjectNode dropNotResourceWithUnresolvedVariable(ObjectNode c) {
    JsonNode context = c.get("context");
    CaseEdits.dropStatementsInCase(c, statement -> CaseEdits.entries(statement.get("NotResource")).stream()
        .anyMatch(entry -> hasUnresolvedVariable(entry, context)));
    return c;
  }

  static boolean hasUnresolvedVariable(String text, JsonNode context) {
    Matcher variable = VARIABLE.matcher(text);
    while (variable.find()) {
      String body = variable.group(1);
      if (body.contains(",") || body.equals("*") || body.equals("?") || body.equals("$")) {
        continue;
      }
      if (contextValue(context, body.trim()) == null) {
        return true;
      }
    }
    return false;
  }

  private static JsonNode contextValue(JsonNode context, String key) {
    Iterator<Map.Entry<String, JsonNode>> fields = context.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getKey().toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))) {
        return field.getValue();
      }
    }
    return null;
  }

  // --- negated condition operators whose policy value holds a variable that cannot be resolved

  /**
   * The oracle finds such a condition false (the unresolvable value "matches nothing", and a negated
   * operator needs every value not to match); Warden finds it true. The statement then does not apply
   * for the oracle.
   */
  private static ObjectNode dropNegatedConditionWithUnresolvedVariable(ObjectNode c) {
    JsonNode context = c.get("context");
    CaseEdits.dropStatementsInCase(c, statement -> {
      JsonNode block = statement.get("Condition");
      if (block == null) {
        return false;
      }
      Iterator<Map.Entry<String, JsonNode>> operators = block.fields();
      while (operators.hasNext()) {
        Map.Entry<String, JsonNode> operator = operators.next();
        String base = baseOperator(operator.getKey());
        if (!NEGATED.contains(base)) {
          continue;
        }
        Iterator<Map.Entry<String, JsonNode>> keys = operator.getValue().fields();
        while (keys.hasNext()) {
          Map.Entry<String, JsonNode> key = keys.next();
          boolean present = contextValue(context, key.getKey()) != null;
          if (present && CaseEdits.entries(key.getValue()).stream().anyMatch(v -> hasUnresolvedVariable(v, context))) {
            return true;
          }
        }
      }
      return false;
    });
    return c;
  }

  static String baseOperator(String operator) {
    String base = operator.contains(":") ? operator.substring(operator.indexOf(':') + 1) : operator;
    return base.endsWith("IfExists") ? base.substring(0, base.length() - "IfExists".length()) : base;
  }

  // --- NotPrincipal naming the caller's account

  /**
   * The oracle reads an account (or its root ARN) in NotPrincipal as exempting every principal of
   * that account from the Deny; Warden exempts only what is listed.
   */
  private static ObjectNode accountInNotPrincipalExemptsMembers(ObjectNode c) {
    String caller = c.path("principal").asText();
    String[] arn = caller.split(":", 6);
    if (arn.length < 6) {
      return c;
    }
    String account = arn[4];
    for (ObjectNode statement : CaseEdits.allStatements(c)) {
      JsonNode notPrincipal = statement.get("NotPrincipal");
      if (!(notPrincipal instanceof ObjectNode map) || !map.has("AWS")) {
        continue;
      }
      List<String> entries = CaseEdits.entries(map.get("AWS"));
      boolean namesAccount = entries.contains(account) || entries.contains("arn:aws:iam::" + account + ":root");
      if (namesAccount && !entries.contains(caller)) {
        com.fasterxml.jackson.databind.node.ArrayNode list = map.arrayNode();
        entries.forEach(list::add);
        list.add(caller);
        map.set("AWS", list);
      }
    }
    return c;
  }

  // --- multivalued keys present with no values

  private static boolean hasEmptyListValue(JsonNode c) {
    for (JsonNode value : c.path("context")) {
      if (value.isArray() && value.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The oracle treats a key whose value list is empty as present: IfExists does not skip it and Null
   * says it is not null.
   */
  private static ObjectNode emptyListIsPresent(ObjectNode c) {
    JsonNode context = c.get("context");
    CaseEdits.forEachCondition(c, block -> {
      List<String> operators = new ArrayList<>();
      block.fieldNames().forEachRemaining(operators::add);
      for (String operator : operators) {
        ObjectNode keys = (ObjectNode) block.get(operator);
        List<String> names = new ArrayList<>();
        keys.fieldNames().forEachRemaining(names::add);
        for (String key : names) {
          JsonNode value = contextValue(context, key);
          if (value == null || !value.isArray() || !value.isEmpty()) {
            continue;
          }
          JsonNode policyValue = keys.remove(key);
          if (operator.equals("Null")) {
            boolean wantsNull = policyValue.isArray() ? policyValue.get(0).asText().equalsIgnoreCase("true")
                : policyValue.asText().equalsIgnoreCase("true");
            moveTo(block, "Null", key).put(key, wantsNull ? "false" : "true");
          } else if (operator.endsWith("IfExists")) {
            moveTo(block, operator.substring(0, operator.length() - "IfExists".length()), key).set(key, policyValue);
          } else {
            keys.set(key, policyValue);
          }
        }
        if (keys.isEmpty()) {
          block.remove(operator);
        }
      }
    });
    return c;
  }

  private static ObjectNode moveTo(ObjectNode block, String operator, String key) {
    JsonNode existing = block.get(operator);
    return existing instanceof ObjectNode keys ? keys : block.putObject(operator);
  }
}
