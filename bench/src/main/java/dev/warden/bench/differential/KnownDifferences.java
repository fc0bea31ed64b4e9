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
      new KnownDifference("wildcard-in-resource-type",
          c -> true, c -> neverMatchWhenResourceTypeToken(c, false)),
      new KnownDifference("unresolved-variable-in-notresource",
          c -> c.toString().contains("\"NotResource\""), KnownDifferences::dropNotResourceWithUnresolvedVariable),
      new KnownDifference("unresolved-variable-in-negated-condition",
          c -> c.toString().contains("${"), KnownDifferences::dropNegatedConditionWithUnresolvedVariable),
      new KnownDifference("notprincipal-lists-caller-partially",
          c -> c.toString().contains("\"NotPrincipal\""), KnownDifferences::partialNotPrincipalExemptsCaller),
      new KnownDifference("ip-address-family-mismatch",
          c -> c.toString().contains("IpAddress"), KnownDifferences::dropNotIpAddressAcrossFamilies),
      new KnownDifference("ifexists-with-set-operator-on-absent-key",
          c -> c.toString().contains("IfExists"), KnownDifferences::setOperatorIfExistsOnAbsentKey),
      new KnownDifference("variables-in-version-2008-10-17",
          c -> c.toString().contains("2008-10-17"), KnownDifferences::version2008AsCurrent),
      KnownDifference.byVerdict("scp-on-service-principal", KnownDifferences::scpStoppedServicePrincipal),
      new KnownDifference("notprincipal-exempt-caller-cross-account",
          KnownDifferences::crossAccountWithNotPrincipal, KnownDifferences::fullyListedNotPrincipalStillApplies),
      new KnownDifference("notprincipal-everyone",
          c -> c.toString().contains("\"NotPrincipal\""), KnownDifferences::notPrincipalEveryoneAppliesToAll),
      new KnownDifference("epoch-seconds-in-date-condition",
          c -> c.toString().contains("Date"), KnownDifferences::epochValuesAsMilliseconds),
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
    CaseEdits.dropStatementsInCase(c, statement -> anyConditionEntry(statement, (operator, key, values) ->
        NEGATED.contains(baseOperator(operator))
            && contextValue(context, key) != null
            && CaseEdits.entries(values).stream().anyMatch(v -> hasUnresolvedVariable(v, context))));
    return c;
  }

  /** One {@code "Operator": {"key": values}} entry of a statement's Condition block. */
  @FunctionalInterface
  interface ConditionEntryTest {
    boolean test(String operator, String key, JsonNode values);
  }

  /** True when some entry of the statement's Condition block passes {@code test}. */
  static boolean anyConditionEntry(JsonNode statement, ConditionEntryTest test) {
    JsonNode block = statement.get("Condition");
    if (block == null) {
      return false;
    }
    Iterator<Map.Entry<String, JsonNode>> operators = block.fields();
    while (operators.hasNext()) {
      Map.Entry<String, JsonNode> operator = operators.next();
      Iterator<Map.Entry<String, JsonNode>> keys = operator.getValue().fields();
      while (keys.hasNext()) {
        Map.Entry<String, JsonNode> key = keys.next();
        if (test.test(operator.getKey(), key.getKey(), key.getValue())) {
          return true;
        }
      }
    }
    return false;
  }

  static String baseOperator(String operator) {
    String base = operator.contains(":") ? operator.substring(operator.indexOf(':') + 1) : operator;
    return base.endsWith("IfExists") ? base.substring(0, base.length() - "IfExists".length()) : base;
  }

  // --- NotPrincipal that names only some of the caller's levels

  /**
   * The oracle exempts the caller from a NotPrincipal Deny when any entry names it, its role or its
   * account; Warden (as AWS documents) only when the account, the role or user, and the session are
   * all listed. The rewrite lists them all wherever the oracle would exempt the caller.
   */
  private static ObjectNode partialNotPrincipalExemptsCaller(ObjectNode c) {
    String caller = c.path("principal").asText();
    String[] arn = caller.split(":", 6);
    if (arn.length < 6) {
      return c;
    }
    String account = arn[4];
    String principalArn = c.path("context").path("aws:PrincipalArn").asText(caller);
    List<String> levels = List.of("arn:aws:iam::" + account + ":root", principalArn, caller);
    for (ObjectNode statement : CaseEdits.allStatements(c)) {
      JsonNode notPrincipal = statement.get("NotPrincipal");
      if (!(notPrincipal instanceof ObjectNode map) || !map.has("AWS")) {
        continue;
      }
      List<String> entries = CaseEdits.entries(map.get("AWS"));
      boolean namesSome = entries.contains(account) || entries.stream().anyMatch(levels::contains);
      if (namesSome) {
        com.fasterxml.jackson.databind.node.ArrayNode list = map.arrayNode();
        entries.forEach(list::add);
        levels.stream().filter(level -> !entries.contains(level)).forEach(list::add);
        map.set("AWS", list);
      }
    }
    return c;
  }

  // --- IPv6 request addresses against IPv4 ranges (and the reverse)

  /** The oracle finds NotIpAddress false when the address and the ranges are of different families. */
  private static ObjectNode dropNotIpAddressAcrossFamilies(ObjectNode c) {
    JsonNode context = c.get("context");
    CaseEdits.dropStatementsInCase(c, statement -> anyConditionEntry(statement, (operator, key, ranges) -> {
      JsonNode value = contextValue(context, key);
      if (!baseOperator(operator).equals("NotIpAddress") || value == null) {
        return false;
      }
      boolean requestV6 = value.asText().contains(":");
      return CaseEdits.entries(ranges).stream().anyMatch(range -> range.contains(":") != requestV6);
    }));
    return c;
  }

  // --- ForAllValues / ForAnyValue with IfExists on a key the request does not have

  /** The oracle ignores IfExists on set operators: ForAnyValue is false and ForAllValues true. */
  private static ObjectNode setOperatorIfExistsOnAbsentKey(ObjectNode c) {
    JsonNode context = c.get("context");
    CaseEdits.forEachCondition(c, block -> {
      List<String> operators = new ArrayList<>();
      block.fieldNames().forEachRemaining(operators::add);
      for (String operator : operators) {
        if (!operator.contains(":") || !operator.endsWith("IfExists")) {
          continue;
        }
        ObjectNode keys = (ObjectNode) block.get(operator);
        List<String> names = new ArrayList<>();
        keys.fieldNames().forEachRemaining(names::add);
        for (String key : names) {
          if (contextValue(context, key) == null) {
            moveTo(block, operator.substring(0, operator.length() - "IfExists".length()), key).set(key, keys.remove(key));
          }
        }
        if (keys.isEmpty()) {
          block.remove(operator);
        }
      }
    });
    return c;
  }

  // --- policy variables in documents of the old version

  /** The oracle substitutes variables whatever the Version; AWS treats them as text before 2012-10-17. */
  private static ObjectNode version2008AsCurrent(ObjectNode c) {
    for (ObjectNode policy : CaseEdits.policies(c)) {
      if (policy.path("Version").asText().equals("2008-10-17")) {
        policy.put("Version", "2012-10-17");
      }
    }
    return c;
  }

  // --- NotPrincipal listing the caller fully, across accounts

  private static boolean crossAccountWithNotPrincipal(JsonNode c) {
    String[] arn = c.path("principal").asText().split(":", 6);
    return arn.length == 6 && !arn[4].equals(c.path("resourceAccount").asText())
        && c.toString().contains("\"NotPrincipal\"");
  }

  /**
   * Seen across accounts: the oracle applies a NotPrincipal Deny to a caller whose account and ARN
   * (and role, for a session) are all listed; Warden exempts the caller.
   */
  private static ObjectNode fullyListedNotPrincipalStillApplies(ObjectNode c) {
    String caller = c.path("principal").asText();
    String account = caller.split(":", 6)[4];
    String principalArn = c.path("context").path("aws:PrincipalArn").asText(caller);
    for (ObjectNode statement : CaseEdits.allStatements(c)) {
      JsonNode notPrincipal = statement.get("NotPrincipal");
      if (!(notPrincipal instanceof ObjectNode map)) {
        continue;
      }
      List<String> entries = CaseEdits.entries(map.get("AWS"));
      boolean accountListed = entries.contains(account) || entries.contains("arn:aws:iam::" + account + ":root");
      if (accountListed && entries.contains(caller) && entries.contains(principalArn)) {
        statement.remove("NotPrincipal");
        statement.put("Principal", "*");
      }
    }
    return c;
  }

  // --- NotPrincipal naming everyone

  /** The oracle applies a NotPrincipal statement that lists "*" to everyone; Warden to no one. */
  private static ObjectNode notPrincipalEveryoneAppliesToAll(ObjectNode c) {
    for (ObjectNode statement : CaseEdits.allStatements(c)) {
      JsonNode notPrincipal = statement.get("NotPrincipal");
      boolean everyone = notPrincipal != null && (notPrincipal.asText().equals("*")
          || CaseEdits.entries(notPrincipal.get("AWS")).contains("*"));
      if (everyone) {
        statement.remove("NotPrincipal");
        statement.put("Principal", "*");
      }
    }
    return c;
  }

  // --- epoch numbers in Date conditions

  /**
   * The oracle reads a plain number in a Date condition as milliseconds since the epoch; AWS (and
   * Warden) read seconds. The rewrite states the oracle's instant as an ISO date.
   */
  private static ObjectNode epochValuesAsMilliseconds(ObjectNode c) {
    CaseEdits.forEachCondition(c, block -> {
      block.fields().forEachRemaining(operator -> {
        if (!baseOperator(operator.getKey()).startsWith("Date")) {
          return;
        }
        ObjectNode keys = (ObjectNode) operator.getValue();
        List<String> names = new ArrayList<>();
        keys.fieldNames().forEachRemaining(names::add);
        for (String key : names) {
          com.fasterxml.jackson.databind.node.ArrayNode values = keys.arrayNode();
          for (String value : CaseEdits.entries(keys.get(key))) {
            values.add(value.matches("\\d+") ? java.time.Instant.ofEpochMilli(Long.parseLong(value)).toString() : value);
          }
          keys.set(key, values);
        }
      });
    });
    return c;
  }

  // --- SCPs and AWS service principals

  /**
   * The oracle applies SCPs (their Allows and their Denies) to service principals; Warden (as AWS
   * documents) does not, so its explanation carries no SCP verdict for them.
   */
  private static boolean scpStoppedServicePrincipal(JsonNode c, DisagreementClassifier.Pair pair) {
    String principal = c.path("principal").asText();
    boolean service = !principal.startsWith("arn:") && !principal.equals(Pools.ANONYMOUS);
    return service
        && c.path("scps").isArray()
        && !pair.oracle().decision().equals("ALLOWED")
        && pair.warden().wardenDecision()
            .filter(d -> !d.policyTypeDecisions().containsKey(dev.warden.policy.eval.PolicyType.SCP))
            .isPresent();
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
   * The oracle treats a key whose value list is empty as present: IfExists does not skip it, Null
   * says it is not null, and an operator without ForAllValues/ForAnyValue on it is false (as on any
   * multivalued key). Warden treats it as missing.
   */
  private static ObjectNode emptyListIsPresent(ObjectNode c) {
    JsonNode context = c.get("context");
    CaseEdits.dropStatementsInCase(c, statement -> anyConditionEntry(statement, (operator, key, values) ->
        !operator.contains(":") && !operator.equals("Null") && isEmptyList(contextValue(context, key))));
    CaseEdits.forEachCondition(c, block -> {
      List<String> operators = new ArrayList<>();
      block.fieldNames().forEachRemaining(operators::add);
      for (String operator : operators) {
        ObjectNode keys = (ObjectNode) block.get(operator);
        List<String> names = new ArrayList<>();
        keys.fieldNames().forEachRemaining(names::add);
        for (String key : names) {
          if (!isEmptyList(contextValue(context, key))) {
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

  private static boolean isEmptyList(JsonNode value) {
    return value != null && value.isArray() && value.isEmpty();
  }

  private static ObjectNode moveTo(ObjectNode block, String operator, String key) {
    JsonNode existing = block.get(operator);
    return existing instanceof ObjectNode keys ? keys : block.putObject(operator);
  }
}
