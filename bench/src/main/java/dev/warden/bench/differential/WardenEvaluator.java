package dev.warden.bench.differential;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.policy.context.ContextKeyType;
import dev.warden.policy.context.ContextValue;
import dev.warden.policy.context.RequestContext;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.eval.AuthorizationRequest;
import dev.warden.policy.eval.Authorizer;
import dev.warden.policy.eval.Caller;
import dev.warden.policy.eval.CompiledPolicy;
import dev.warden.policy.eval.Decision;
import dev.warden.policy.eval.PolicyCompiler;
import dev.warden.policy.eval.PolicySet;
import dev.warden.policy.eval.PolicyType;
import dev.warden.policy.parse.PolicyParseException;
import dev.warden.policy.parse.PolicyParser;
import dev.warden.policy.parse.PolicySizeLimits;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides a case (bench workload format) with Warden's engine: parse, compile, build the policy set
 * and the request, authorize. The request context is exactly the case's: nothing is derived from the
 * caller, so both sides of the differential test see the same keys.
 */
public final class WardenEvaluator {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** AWS attaches RCPFullAWSAccess at every level, and it cannot be detached. */
  private static final String FULL_ACCESS_RCP =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}]}";

  private final Authorizer authorizer = new Authorizer();
  private final PolicyParser parser;

  /** With AWS's quotas, as the differential test uses it. */
  public WardenEvaluator() {
    this(PolicyParser.standard());
  }

  public WardenEvaluator(PolicyParser parser) {
    this.parser = parser;
  }

  /**
   * Without the per-policy size quotas: the bench workloads hold identity policies larger than the
   * 6,144-character managed-policy quota (the peer checks no quotas), and timing is about evaluation.
   */
  public static WardenEvaluator withoutSizeQuotas() {
    PolicySizeLimits limits = PolicySizeLimits.defaults();
    for (PolicyKind kind : PolicyKind.values()) {
      limits = limits.withLimit(kind, PolicySizeLimits.MAX_PARAMETER_CHARS);
    }
    return new WardenEvaluator(new PolicyParser(limits));
  }

  /** A case made ready for evaluation, so timing loops measure only the decision. */
  public record Prepared(PolicySet policies, AuthorizationRequest request) {}

  public Prepared prepare(JsonNode testCase) throws PolicyParseException {
    PolicySet.Builder set = PolicySet.builder();
    for (JsonNode named : iterable(testCase.get("identityPolicies"))) {
      set.identity(compile(named.get("policy"), PolicyKind.IDENTITY_MANAGED, named.get("name").asText(), PolicyType.IDENTITY));
    }
    for (JsonNode named : iterable(testCase.get("permissionBoundaries"))) {
      set.boundary(compile(named.get("policy"), PolicyKind.BOUNDARY, named.get("name").asText(), PolicyType.PERMISSIONS_BOUNDARY));
    }
    if (present(testCase.get("sessionPolicy"))) {
      set.session(compile(testCase.get("sessionPolicy"), PolicyKind.SESSION, "SessionPolicy", PolicyType.SESSION));
    }
    if (present(testCase.get("resourcePolicy"))) {
      set.resource(compile(testCase.get("resourcePolicy"), PolicyKind.RESOURCE, "ResourcePolicy", PolicyType.RESOURCE));
    }
    for (JsonNode level : iterable(testCase.get("scps"))) {
      List<CompiledPolicy> policies = new ArrayList<>();
      for (JsonNode named : level) {
        policies.add(compile(named.get("policy"), PolicyKind.SCP, named.get("name").asText(), PolicyType.SCP));
      }
      set.scpLevel(policies);
    }
    for (JsonNode level : iterable(testCase.get("rcps"))) {
      List<CompiledPolicy> policies = new ArrayList<>();
      policies.add(PolicyCompiler.compile(
          parser.parse(FULL_ACCESS_RCP, PolicyKind.RCP), "RCPFullAWSAccess", PolicyType.RCP));
      for (JsonNode named : level) {
        policies.add(compile(named.get("policy"), PolicyKind.RCP, named.get("name").asText(), PolicyType.RCP));
      }
      set.rcpLevel(policies);
    }
    Caller caller = Caller.parse(testCase.get("principal").asText());
    String resourceAccount = testCase.path("resourceAccount").asText("");
    AuthorizationRequest request = new AuthorizationRequest(
        caller,
        testCase.get("action").asText(),
        testCase.get("resource").asText(),
        resourceAccount.isEmpty() ? Optional.empty() : Optional.of(resourceAccount),
        context(testCase.get("context")));
    return new Prepared(set.build(), request);
  }

  public Decision decide(Prepared prepared) {
    return authorizer.authorize(prepared.policies(), prepared.request());
  }

  public Decision evaluate(JsonNode testCase) throws PolicyParseException {
    return decide(prepare(testCase));
  }

  static RequestContext context(JsonNode context) {
    RequestContext.Builder keys = RequestContext.builder();
    if (context == null || !context.isObject()) {
      return keys.build();
    }
    Iterator<Map.Entry<String, JsonNode>> fields = context.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode value = field.getValue();
      ContextKeyType type = ConditionKeys.typeOf(field.getKey(), value.isArray());
      List<String> values = new ArrayList<>();
      if (value.isArray()) {
        value.forEach(v -> values.add(v.asText()));
      } else {
        values.add(value.asText());
      }
      keys.put(field.getKey(), new ContextValue(type, values));
    }
    return keys.build();
  }

  private CompiledPolicy compile(JsonNode policy, PolicyKind kind, String id, PolicyType type)
      throws PolicyParseException {
    return PolicyCompiler.compile(parser.parse(text(policy), kind), id, type);
  }

  private static String text(JsonNode policy) {
    try {
      return MAPPER.writeValueAsString(policy);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a parsed JSON tree always serialises", e);
    }
  }

  private static boolean present(JsonNode node) {
    return node != null && !node.isNull();
  }

  private static Iterable<JsonNode> iterable(JsonNode node) {
    return present(node) ? node : List.of();
  }
}
