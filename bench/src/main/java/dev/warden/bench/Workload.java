package dev.warden.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.policy.context.ContextKeyType;
import dev.warden.policy.context.ContextValue;
import dev.warden.policy.context.RequestContext;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.eval.AuthorizationRequest;
import dev.warden.policy.eval.Caller;
import dev.warden.policy.eval.CompiledPolicy;
import dev.warden.policy.eval.EvalDecision;
import dev.warden.policy.eval.PolicyCompiler;
import dev.warden.policy.eval.PolicySet;
import dev.warden.policy.eval.PolicyType;
import dev.warden.policy.parse.PolicyParser;
import dev.warden.policy.parse.PolicySizeLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One benchmark workload from shared/bench (bench-small, bench-medium, bench-large): its policies
 * compiled into a PolicySet and its request, with the expected answer.
 */
public record Workload(String id, PolicySet policies, AuthorizationRequest request, EvalDecision expected, List<String> policyTexts) {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /**
   * The workloads' policies are larger than IAM's per-policy quota (bench-large has 11 KB policies):
   * they measure evaluation, so the quota is lifted to the API's parameter limit.
   */
  private static final PolicyParser PARSER = new PolicyParser(PolicySizeLimits.defaults()
      .withLimit(PolicyKind.IDENTITY_MANAGED, PolicySizeLimits.MAX_PARAMETER_CHARS));

  /** Loads {@code workloads/bench-NAME.json} from the classpath (first workload in the file). */
  public static Workload load(String name) {
    return load(name, 0);
  }

  /**
   * Loads a workload, adding {@code extraStatementsPerPolicy} statements per identity policy about
   * other services, which the request's service index must skip.
   */
  public static Workload load(String name, int extraStatementsPerPolicy) {
    String resource = "/workloads/bench-" + name + ".json";
    try (InputStream in = Workload.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no workload " + resource);
      }
      JsonNode root = MAPPER.readTree(in).get(0);
      return fromJson(root, extraStatementsPerPolicy);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Workload fromJson(JsonNode w, int extra) throws IOException {
    PolicySet.Builder set = PolicySet.builder();
    List<String> texts = new ArrayList<>();
    for (JsonNode p : w.get("identityPolicies")) {
      JsonNode policy = p.get("policy");
      if (extra > 0) {
        policy = withUnrelatedStatements(policy, extra);
      }
      String text = MAPPER.writeValueAsString(policy);
      texts.add(text);
      set.identity(compile(text, PolicyKind.IDENTITY_MANAGED, p.get("name").asText(), PolicyType.IDENTITY));
    }
    if (has(w, "permissionBoundaries")) {
      for (JsonNode p : iterable(w.get("permissionBoundaries"))) {
        set.boundary(compile(MAPPER.writeValueAsString(p.has("policy") ? p.get("policy") : p), PolicyKind.BOUNDARY,
            "boundary", PolicyType.PERMISSIONS_BOUNDARY));
      }
    }
    if (has(w, "resourcePolicy")) {
      set.resource(compile(MAPPER.writeValueAsString(w.get("resourcePolicy")), PolicyKind.RESOURCE, "resource",
          PolicyType.RESOURCE));
    }
    if (has(w, "sessionPolicy")) {
      set.session(compile(MAPPER.writeValueAsString(w.get("sessionPolicy")), PolicyKind.SESSION, "session",
          PolicyType.SESSION));
    }
    if (has(w, "scps")) {
      for (JsonNode level : iterable(w.get("scps"))) {
        List<CompiledPolicy> policies = new ArrayList<>();
        for (JsonNode p : iterable(level)) {
          policies.add(compile(MAPPER.writeValueAsString(p.has("policy") ? p.get("policy") : p), PolicyKind.SCP,
              "scp", PolicyType.SCP));
        }
        set.scpLevel(policies);
      }
    }
    RequestContext.Builder context = RequestContext.builder();
    Iterator<Map.Entry<String, JsonNode>> fields = w.get("context").fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      context.put(field.getKey(), contextValue(field.getKey(), field.getValue()));
    }
    Caller caller = Caller.parse(w.get("principal").asText());
    Optional<String> resourceAccount = has(w, "resourceAccount")
        ? Optional.of(w.get("resourceAccount").asText()) : Optional.empty();
    AuthorizationRequest request = new AuthorizationRequest(
        caller, w.get("action").asText(), w.get("resource").asText(), resourceAccount, context.build());
    EvalDecision expected = switch (w.get("expected").asText()) {
      case "Allowed" -> EvalDecision.ALLOWED;
      case "ExplicitlyDenied" -> EvalDecision.EXPLICIT_DENY;
      default -> EvalDecision.IMPLICIT_DENY;
    };
    return new Workload(w.get("id").asText(), set.build(), request, expected, texts);
  }

  private static ContextValue contextValue(String key, JsonNode value) {
    if (value.isArray()) {
      List<String> values = new ArrayList<>();
      value.forEach(v -> values.add(v.asText()));
      return new ContextValue(ContextKeyType.STRING_LIST, values);
    }
    String lower = key.toLowerCase(java.util.Locale.ROOT);
    ContextKeyType type = switch (lower) {
      case "aws:sourceip" -> ContextKeyType.IP;
      case "aws:securetransport", "aws:multifactorauthpresent" -> ContextKeyType.BOOLEAN;
      case "aws:currenttime", "aws:tokenissuetime" -> ContextKeyType.DATE;
      case "aws:epochtime", "aws:multifactorauthage" -> ContextKeyType.NUMERIC;
      default -> ContextKeyType.STRING;
    };
    return ContextValue.of(type, value.asText());
  }

  private static CompiledPolicy compile(String text, PolicyKind kind, String id, PolicyType type) {
    try {
      return PolicyCompiler.compile(PARSER.parse(text, kind), id, type);
    } catch (dev.warden.policy.parse.PolicyParseException e) {
      throw new IllegalStateException("workload policy " + id + " is invalid: " + e.getMessage(), e);
    }
  }

  /**
   * A policy of just under 6,144 characters (IAM's managed-policy quota, without whitespace) built
   * from bench-large's first policy, pretty-printed like a hand-written file.
   */
  public static String sixKilobytePolicy() {
    try (InputStream in = Workload.class.getResourceAsStream("/workloads/bench-large.json")) {
      JsonNode policy = MAPPER.readTree(in).get(0).get("identityPolicies").get(0).get("policy");
      com.fasterxml.jackson.databind.node.ObjectNode copy = policy.deepCopy();
      com.fasterxml.jackson.databind.node.ArrayNode statements = copy.putArray("Statement");
      for (JsonNode statement : policy.get("Statement")) {
        statements.add(statement);
        if (MAPPER.writeValueAsString(copy).length() > 6_144) {
          statements.remove(statements.size() - 1);
          break;
        }
      }
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(copy);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode withUnrelatedStatements(JsonNode policy, int extra) {
    com.fasterxml.jackson.databind.node.ObjectNode copy = policy.deepCopy();
    com.fasterxml.jackson.databind.node.ArrayNode statements = (com.fasterxml.jackson.databind.node.ArrayNode) copy.get("Statement");
    String[] services = {"ec2", "sqs", "sns", "kms", "dynamodb", "lambda", "glue", "logs", "rds", "ecr"};
    for (int i = 0; i < extra; i++) {
      com.fasterxml.jackson.databind.node.ObjectNode s = statements.addObject();
      s.put("Sid", "Unrelated" + i);
      s.put("Effect", i % 7 == 0 ? "Deny" : "Allow");
      s.putArray("Action").add(services[i % services.length] + ":Describe*").add(services[(i + 3) % services.length] + ":Get*");
      s.put("Resource", "*");
    }
    return copy;
  }

  private static boolean has(JsonNode node, String field) {
    return node.has(field) && !node.get(field).isNull();
  }

  private static Iterable<JsonNode> iterable(JsonNode node) {
    return node.isArray() ? node : List.of(node);
  }
}
