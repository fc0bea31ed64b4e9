package dev.warden.bench.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the policy documents of one case. Action and resource patterns are mostly derived from the
 * request being generated (so they match often) and otherwise from the shared pools; every pattern
 * kind appears: exact, case variants, {@code *} and {@code ?} wildcards, NotAction, NotResource,
 * policy variables, other accounts and regions.
 */
final class PolicyGenerator {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Dice dice;
  private final ConditionGenerator conditions;
  private final Target target;
  private final String resource;

  PolicyGenerator(Dice dice, Target target, String resource) {
    this.dice = dice;
    this.conditions = new ConditionGenerator(dice);
    this.target = target;
    this.resource = resource;
  }

  /**
   * An identity policy, permissions boundary or session policy: no Principal. Managed policies must
   * be version 2012-10-17 (IAM rejects others); session policies may be 2008-10-17.
   */
  ObjectNode identityPolicy(double denyShare, boolean oldVersionAllowed) {
    ObjectNode policy = document(oldVersionAllowed && dice.chance(0.06) ? "2008-10-17" : "2012-10-17");
    ArrayNode statements = policy.putArray("Statement");
    int count = dice.between(1, 3);
    for (int i = 0; i < count; i++) {
      ObjectNode statement = statements.addObject();
      sid(statement, i);
      statement.put("Effect", dice.chance(denyShare) ? "Deny" : "Allow");
      actions(statement, 0.12);
      resources(statement, 0.1);
      maybeCondition(statement, 0.4);
    }
    return policy;
  }

  /** A resource-based policy on the requested resource; every statement names principals. */
  ObjectNode resourcePolicy(Principal caller) {
    ObjectNode policy = document(dice.chance(0.06) ? "2008-10-17" : "2012-10-17");
    ArrayNode statements = policy.putArray("Statement");
    int count = dice.between(1, 3);
    for (int i = 0; i < count; i++) {
      ObjectNode statement = statements.addObject();
      sid(statement, i);
      boolean deny = dice.chance(0.15);
      statement.put("Effect", deny ? "Deny" : "Allow");
      if (deny && dice.chance(0.15)) {
        statement.set("NotPrincipal", principals(caller));
      } else {
        statement.set("Principal", principals(caller));
      }
      actions(statement, 0.08);
      resources(statement, 0.05);
      maybeCondition(statement, 0.4);
    }
    return policy;
  }

  /** One SCP: an allow list (no conditions, Resource "*"), or guardrail denies. */
  ObjectNode serviceControlPolicy() {
    ObjectNode policy = document("2012-10-17");
    ArrayNode statements = policy.putArray("Statement");
    if (dice.chance(0.45)) {
      ObjectNode full = statements.addObject();
      full.put("Effect", "Allow");
      full.put("Action", "*");
      full.put("Resource", "*");
      return policy;
    }
    if (dice.chance(0.6)) {
      ObjectNode allow = statements.addObject();
      allow.put("Effect", "Allow");
      allow.set("Action", actionList());
      allow.put("Resource", "*");
    }
    if (statements.isEmpty() || dice.chance(0.5)) {
      ObjectNode deny = statements.addObject();
      deny.put("Effect", "Deny");
      actions(deny, 0.1);
      resources(deny, 0.05);
      maybeCondition(deny, 0.75);
    }
    return policy;
  }

  /** One RCP of guardrail denies (the full-access RCP is always attached besides). */
  ObjectNode resourceControlPolicy() {
    ObjectNode policy = document("2012-10-17");
    ObjectNode deny = policy.putArray("Statement").addObject();
    deny.put("Effect", "Deny");
    deny.put("Principal", "*");
    // RCPs may not use "*" as an action (AWS Organizations user guide, "RCP syntax").
    deny.set("Action", JSON.textNode(dice.chance(0.5) ? target.service() + ":*" : serviceActionPattern()));
    resources(deny, 0.0);
    maybeCondition(deny, 0.8);
    return policy;
  }

  private static ObjectNode document(String version) {
    ObjectNode policy = JSON.objectNode();
    policy.put("Version", version);
    return policy;
  }

  private void sid(ObjectNode statement, int index) {
    if (dice.chance(0.5)) {
      statement.put("Sid", "S" + index);
    }
  }

  private void maybeCondition(ObjectNode statement, double probability) {
    if (dice.chance(probability)) {
      statement.set("Condition", conditions.block());
    }
  }

  private void actions(ObjectNode statement, double notShare) {
    statement.set(dice.chance(notShare) ? "NotAction" : "Action", dice.chance(0.6) ? JSON.textNode(actionPattern()) : actionList());
  }

  private ArrayNode actionList() {
    ArrayNode list = JSON.arrayNode();
    int count = dice.between(1, 3);
    for (int i = 0; i < count; i++) {
      list.add(actionPattern());
    }
    return list;
  }

  private String serviceActionPattern() {
    String pattern = actionPattern();
    return pattern.equals("*") ? target.action() : pattern;
  }

  String actionPattern() {
    Target basis = dice.chance(0.8) ? target : dice.pick(Pools.TARGETS);
    String service = basis.service();
    String name = basis.actionName();
    return switch (dice.between(0, 9)) {
      case 0, 1 -> service + ":" + name;
      case 2 -> dice.scrambleCase(service + ":" + name);
      case 3 -> service + ":*";
      case 4 -> service + ":" + name.substring(0, 3) + "*";
      case 5 -> service + ":*" + name.substring(name.length() - 4);
      case 6 -> "*";
      case 7 -> service + ":" + name.charAt(0) + "?" + name.substring(2);
      case 8 -> dice.pick(Pools.OTHER_ACTIONS);
      default -> service + ":List*";
    };
  }

  private void resources(ObjectNode statement, double notShare) {
    String element = dice.chance(notShare) ? "NotResource" : "Resource";
    if (dice.chance(0.7)) {
      statement.put(element, resourcePattern());
    } else {
      ArrayNode list = statement.putArray(element);
      int count = dice.between(1, 3);
      for (int i = 0; i < count; i++) {
        list.add(resourcePattern());
      }
    }
  }

  String resourcePattern() {
    String basis;
    if (dice.chance(0.75)) {
      basis = resource;
    } else {
      Target other = dice.pick(Pools.TARGETS);
      basis = dice.pick(other.resourceTemplates())
          .replace("{acct}", dice.chance(0.7) ? Pools.CALLER_ACCOUNT : Pools.OTHER_ACCOUNT);
    }
    List<String> parts = new ArrayList<>(List.of(basis.split(":", 6)));
    String rest = parts.get(5);
    switch (dice.between(0, 11)) {
      case 0, 1 -> { }
      case 2 -> {
        return "*";
      }
      case 3 -> {
        int cut = Math.max(rest.lastIndexOf('/'), rest.lastIndexOf(':'));
        parts.set(5, cut < 0 ? "*" : rest.substring(0, cut + 1) + "*");
      }
      case 4 -> {
        if (parts.get(4).isEmpty()) {
          int slash = rest.indexOf('/');
          parts.set(5, slash < 0 ? "*" : "*" + rest.substring(slash));
        } else {
          parts.set(4, "*");
        }
      }
      case 5 -> parts.set(3, parts.get(3).isEmpty() ? "" : "*");
      case 6 -> parts.set(5, dice.scrambleCase(rest));
      case 7 -> parts.set(5, rest.replace("alice", "${aws:username}").replace("bob", "${aws:username}")
          .replace("blue", "${aws:PrincipalTag/team}").replace("green", "${aws:PrincipalTag/team}"));
      case 8 -> parts.set(4, parts.get(4).isEmpty() ? "" : "${aws:PrincipalAccount}");
      case 9 -> {
        int at = dice.between(0, rest.length() - 1);
        parts.set(5, rest.substring(0, at) + "?" + rest.substring(at + 1));
      }
      case 10 -> parts.set(5, rest + "*");
      default -> parts.set(5, rest.replace("alice", "${aws:username, 'alice'}").replace("bob", "${aws:PrincipalTag/owner}"));
    }
    return String.join(":", parts);
  }

  /** A Principal element: one or two entries, in string, list and map forms. */
  private JsonNode principals(Principal caller) {
    boolean unsigned = caller == null;
    if (dice.chance(unsigned ? 0.35 : 0.1)) {
      return JSON.textNode("*");
    }
    ObjectNode principal = JSON.objectNode();
    List<String> aws = new ArrayList<>();
    int count = dice.chance(0.7) ? 1 : 2;
    for (int i = 0; i < count; i++) {
      String entry = awsPrincipal(caller);
      if (entry != null && !aws.contains(entry)) {
        aws.add(entry);
      }
    }
    if (aws.isEmpty() || dice.chance(unsigned ? 0.6 : 0.1)) {
      principal.put("Service", dice.pick(Pools.SERVICES));
    }
    if (aws.size() == 1) {
      principal.put("AWS", aws.get(0));
    } else if (aws.size() > 1) {
      ArrayNode list = principal.putArray("AWS");
      aws.forEach(list::add);
    }
    return principal;
  }

  private String awsPrincipal(Principal caller) {
    Principal someone = caller != null && dice.chance(0.6) ? caller
        : dice.chance(0.5) ? dice.pick(Pools.USERS) : dice.pick(Pools.SESSIONS);
    return switch (dice.between(0, 9)) {
      case 0, 1 -> someone.arn();
      case 2, 3 -> someone.principalArn();
      case 4 -> Pools.CALLER_ACCOUNT;
      case 5 -> "arn:aws:iam::" + Pools.CALLER_ACCOUNT + ":root";
      case 6 -> dice.chance(0.5) ? Pools.OTHER_ACCOUNT : "arn:aws:iam::" + Pools.OTHER_ACCOUNT + ":root";
      case 7 -> "*";
      case 8 -> dice.pick(Pools.SESSIONS).principalArn();
      default -> null;
    };
  }
}
