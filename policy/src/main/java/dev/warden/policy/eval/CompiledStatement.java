package dev.warden.policy.eval;

import dev.warden.policy.document.Effect;
import dev.warden.policy.document.SourcePosition;
import java.util.Optional;

/**
 * A statement compiled for evaluation: immutable, shared between threads and between policy sets.
 * Its parts are tests with structural keys, so a {@link PolicySet} can evaluate each distinct test
 * once per request however many statements repeat it.
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

  /** Null for statements without Resource/NotResource (role trust policies). */
  ResourceTest resource() {
    return resource;
  }

  /** Null for statements without Principal/NotPrincipal. */
  PrincipalTest principal() {
    return principal;
  }

  ConditionTest[] conditions() {
    return conditions;
  }

  @Override
  public String toString() {
    return source.policyId() + "#" + source.statementIndex() + source.sid().map(s -> "(" + s + ")").orElse("");
  }
}
