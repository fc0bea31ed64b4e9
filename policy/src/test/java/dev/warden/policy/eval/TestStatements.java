package dev.warden.policy.eval;

import dev.warden.policy.context.RequestContext;
import dev.warden.policy.document.Effect;
import dev.warden.policy.document.SourcePosition;
import dev.warden.policy.match.Wildcard;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/** Builds compiled statements directly, to test the decision procedure apart from the parser. */
final class TestStatements {
  private TestStatements() {}

  static CompiledStatement statement(
      String policyId,
      PolicyType type,
      Effect effect,
      String actionGlob,
      String resourceGlob,
      Function<Caller, PrincipalMatch> principal,
      Predicate<RequestContext> condition) {
    Wildcard action = Wildcard.compile(actionGlob, true);
    int colon = actionGlob.indexOf(':');
    String service = colon > 0 ? actionGlob.substring(0, colon).toLowerCase(Locale.ROOT) : null;
    Set<String> services = service == null || service.contains("*") || service.contains("?") ? null : Set.of(service);
    ActionTest actionTest = new ActionTest() {
      @Override
      public boolean matches(String a) {
        return action.matches(a);
      }

      @Override
      public Set<String> services() {
        return services;
      }
    };
    Wildcard resource = Wildcard.compile(resourceGlob, false);
    ResourceTest resourceTest = new ResourceTest() {
      @Override
      public boolean matches(AuthorizationRequest request, Explainer explainer) {
        return resource.matches(request.resource());
      }

      @Override
      public String key() {
        return resourceGlob;
      }
    };
    String unique = Integer.toHexString(System.identityHashCode(new Object()));
    PrincipalTest principalTest = principal == null ? null : new PrincipalTest() {
      @Override
      public PrincipalMatch match(AuthorizationRequest request) {
        return principal.apply(request.caller());
      }

      @Override
      public boolean negated() {
        return false;
      }

      @Override
      public String key() {
        return unique;
      }
    };
    ConditionTest[] conditions = condition == null ? new ConditionTest[0] : new ConditionTest[] {
      new ConditionTest() {
        @Override
        public boolean test(RequestContext context) {
          return condition.test(context);
        }

        @Override
        public boolean explain(RequestContext context, Explainer explainer) {
          return condition.test(context);
        }

        @Override
        public String key() {
          return unique;
        }
      }
    };
    MatchedStatement source = new MatchedStatement(
        policyId, type, 0, Optional.empty(), effect, new SourcePosition(1, 1), new SourcePosition(1, 2));
    return new CompiledStatement(source, actionTest, resourceTest, principalTest, conditions);
  }

  static CompiledPolicy policy(String id, PolicyType type, CompiledStatement... statements) {
    return new CompiledPolicy(id, type, null, List.of(statements));
  }

  static CompiledPolicy allow(String id, PolicyType type, String action, String resource) {
    return policy(id, type, statement(id, type, Effect.ALLOW, action, resource, null, null));
  }

  static CompiledPolicy deny(String id, PolicyType type, String action, String resource) {
    return policy(id, type, statement(id, type, Effect.DENY, action, resource, null, null));
  }

  /** A resource policy allowing one action, naming the caller with the given strength. */
  static CompiledPolicy resourceAllows(String action, PrincipalMatch how) {
    return policy("bucket-policy", PolicyType.RESOURCE,
        statement("bucket-policy", PolicyType.RESOURCE, Effect.ALLOW, action, "*", caller -> how, null));
  }
}
