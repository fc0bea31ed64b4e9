package dev.warden.policy.eval;

import dev.warden.policy.context.RequestContext;
import dev.warden.policy.document.Effect;
import dev.warden.policy.document.SourcePosition;
import java.util.Optional;

/**
 * A statement compiled for evaluation: immutable, shared between threads. Matching runs the cheap
 * tests first (action, principal, resource) and conditions last.
 */
public final class CompiledStatement {
  private final MatchedStatement source;
  private final boolean deny;
  private final ActionTest action;
  private final ResourceTest resource;
  private final PrincipalTest principal;
  private final ConditionTest[] conditions;

  CompiledStatement(
      MatchedStatement source,
      ActionTest action,
      ResourceTest resource,
      PrincipalTest principal,
      ConditionTest[] conditions) {
    this.source = source;
    this.deny = source.effect() == Effect.DENY;
    this.action = action;
    this.resource = resource;
    this.principal = principal;
    this.conditions = conditions.clone();
  }

  public MatchedStatement source() {
    return source;
  }

  public boolean isDeny() {
    return deny;
  }

  public String policyId() {
    return source.policyId();
  }

  public PolicyType policyType() {
    return source.policyType();
  }

  public int index() {
    return source.statementIndex();
  }

  public Optional<String> sid() {
    return source.sid();
  }

  public SourcePosition start() {
    return source.start();
  }

  ActionTest action() {
    return action;
  }

  boolean hasPrincipal() {
    return principal != null;
  }

  /**
   * How this statement applies to the request: {@link PrincipalMatch#NONE} when it does not; for
   * statements without a Principal element, {@link PrincipalMatch#DIRECT} when it applies.
   */
  PrincipalMatch applies(AuthorizationRequest request, Explainer explainer) {
    if (!action.matches(request.action())) {
      return PrincipalMatch.NONE;
    }
    PrincipalMatch how = PrincipalMatch.DIRECT;
    if (principal != null) {
      how = principal.match(request);
      if (how == PrincipalMatch.NONE) {
        return how;
      }
    }
    RequestContext context = request.context();
    if (resource != null && !resource.matches(request, explainer)) {
      return PrincipalMatch.NONE;
    }
    if (explainer == Explainer.NONE) {
      for (ConditionTest condition : conditions) {
        if (!condition.test(context)) {
          return PrincipalMatch.NONE;
        }
      }
      return how;
    }
    // When explaining, evaluate every condition so all missing keys are reported.
    boolean all = true;
    for (ConditionTest condition : conditions) {
      all &= condition.explain(context, explainer);
    }
    return all ? how : PrincipalMatch.NONE;
  }

  @Override
  public String toString() {
    return source.policyId() + "#" + source.statementIndex() + source.sid().map(s -> "(" + s + ")").orElse("");
  }
}
