package dev.warden.bench.differential;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates the differential test's cases: policy sets and one request each, as JSON lines in the
 * bench workload format (plus {@code rcps}). Deterministic: case {@code i} depends only on the seed
 * and {@code i}.
 *
 * <p>Usage: {@code CaseGenerator COUNT SEED OUT_FILE}
 */
public final class CaseGenerator {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final long seed;

  public CaseGenerator(long seed) {
    this.seed = seed;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: CaseGenerator COUNT SEED OUT_FILE");
      System.exit(2);
    }
    int count = Integer.parseInt(args[0]);
    CaseGenerator generator = new CaseGenerator(Long.parseLong(args[1]));
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
      generator.write(count, out);
    }
  }

  void write(int count, Writer out) throws IOException {
    for (int i = 0; i < count; i++) {
      out.write(MAPPER.writeValueAsString(generate(i)));
      out.write('\n');
    }
  }

  /** Case number {@code index}. */
  public ObjectNode generate(int index) {
    Dice dice = new Dice(seed * 1_000_003L + index);
    Target target = dice.pick(Pools.TARGETS);
    double kind = dice.between(0, 99);
    boolean anonymous = kind < 4;
    boolean service = !anonymous && kind < 9;
    Principal caller = anonymous || service ? null
        : dice.chance(0.5) ? dice.pick(Pools.USERS) : dice.pick(Pools.SESSIONS);
    boolean crossAccount = caller != null && dice.chance(0.35);
    String resourceAccount = crossAccount ? Pools.OTHER_ACCOUNT : Pools.CALLER_ACCOUNT;
    String resource = dice.pick(target.resourceTemplates()).replace("{acct}", resourceAccount);
    PolicyGenerator policies = new PolicyGenerator(dice, target, resource);

    ObjectNode out = JSON.objectNode();
    out.put("id", String.format("c%06d", index));
    ArrayNode identity = out.putArray("identityPolicies");
    if (caller != null && dice.chance(0.92)) {
      int count = dice.between(1, 3);
      for (int i = 0; i < count; i++) {
        ObjectNode named = identity.addObject();
        named.put("name", "policy-" + i);
        named.set("policy", policies.identityPolicy(0.15, false));
      }
    }
    boolean needsResourcePolicy = caller == null || crossAccount;
    out.set("resourcePolicy", dice.chance(needsResourcePolicy ? 0.85 : 0.45)
        ? policies.resourcePolicy(caller) : JSON.nullNode());
    if (caller != null && dice.chance(0.2)) {
      ObjectNode boundary = out.putArray("permissionBoundaries").addObject();
      boundary.put("name", "boundary");
      boundary.set("policy", policies.identityPolicy(0.15, false));
    } else {
      out.putNull("permissionBoundaries");
    }
    if (!anonymous && dice.chance(0.25)) {
      ArrayNode levels = out.putArray("scps");
      int count = dice.between(1, 3);
      for (int level = 0; level < count; level++) {
        ArrayNode policiesAtLevel = levels.addArray();
        int perLevel = dice.chance(0.7) ? 1 : 2;
        for (int i = 0; i < perLevel; i++) {
          ObjectNode named = policiesAtLevel.addObject();
          named.put("name", "scp-" + level + "-" + i);
          named.set("policy", policies.serviceControlPolicy());
        }
      }
    } else {
      out.putNull("scps");
    }
    if (target.resourceControlPolicies() && dice.chance(0.12)) {
      ArrayNode levels = out.putArray("rcps");
      int count = dice.between(1, 2);
      for (int level = 0; level < count; level++) {
        ObjectNode named = levels.addArray().addObject();
        named.put("name", "rcp-" + level);
        named.set("policy", policies.resourceControlPolicy());
      }
    } else {
      out.putNull("rcps");
    }
    if (caller != null && caller.isSession() && dice.chance(0.35)) {
      out.set("sessionPolicy", policies.identityPolicy(0.15, true));
    } else {
      out.putNull("sessionPolicy");
    }
    out.put("principal", anonymous ? Pools.ANONYMOUS : service ? dice.pick(Pools.SERVICES) : caller.arn());
    out.put("action", dice.chance(0.15) ? dice.scrambleCase(target.action()) : target.action());
    out.put("resource", resource);
    out.put("resourceAccount", resourceAccount);
    out.set("context", context(dice, caller));
    out.putNull("expected");
    return out;
  }

  private static ObjectNode context(Dice dice, Principal caller) {
    ObjectNode context = JSON.objectNode();
    if (caller != null) {
      caller.userName().ifPresent(name -> context.put("aws:username", name));
      context.put("aws:userid", caller.userId());
      context.put("aws:PrincipalArn", caller.principalArn());
      context.put("aws:PrincipalAccount", Pools.CALLER_ACCOUNT);
      context.put("aws:PrincipalType", caller.type());
    }
    for (ConditionKey key : ConditionKeys.ALL) {
      if (key.fromCaller() || !dice.chance(0.5)) {
        continue;
      }
      if (key.type().multiValued()) {
        ArrayNode values = context.putArray(key.name());
        int count = dice.between(0, 3);
        for (int i = 0; i < count; i++) {
          String value = dice.pick(key.requestValues());
          if (!values.toString().contains("\"" + value + "\"")) {
            values.add(value);
          }
        }
      } else {
        context.put(key.name(), dice.pick(key.requestValues()));
      }
    }
    return context;
  }
}
