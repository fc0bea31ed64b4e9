package dev.warden.policy.eval;

import dev.warden.policy.context.RequestContext;

/**
 * The state of one request's evaluation: every distinct resource, principal and condition test is
 * computed at most once, its answer remembered in a small array indexed by the policy set's slots.
 */
final class Evaluation {
  private static final byte UNKNOWN = 0;
  private static final byte TRUE = 1;
  private static final byte FALSE = 2;
  private static final PrincipalMatch[] MATCHES = PrincipalMatch.values();

  final AuthorizationRequest request;
  final Explainer explainer;
  private final byte[] memo;
  private final boolean callerHasBoundary;

  Evaluation(PolicySet policies, AuthorizationRequest request, Explainer explainer) {
    this.request = request;
    this.explainer = explainer;
    this.memo = new byte[policies.slotCount()];
    this.callerHasBoundary = policies.hasBoundary();
  }

  /** How the statement applies ({@link PrincipalMatch#DIRECT} without a Principal element), or NONE. */
  PrincipalMatch applies(IndexedStatement indexed) {
    CompiledStatement statement = indexed.statement;
    PrincipalMatch how = PrincipalMatch.DIRECT;
    if (indexed.principalSlot >= 0) {
      how = deniesEveryoneBounded(statement) ? PrincipalMatch.DIRECT : principal(indexed.principalSlot, statement.principal());
      if (how == PrincipalMatch.NONE) {
        return how;
      }
    }
    if (indexed.resourceSlot >= 0 && !resource(indexed.resourceSlot, statement.resource())) {
      return PrincipalMatch.NONE;
    }
    ConditionTest[] conditions = statement.conditions();
    int[] slots = indexed.conditionSlots;
    if (explainer == Explainer.NONE) {
      for (int i = 0; i < slots.length; i++) {
        if (!condition(slots[i], conditions[i])) {
          return PrincipalMatch.NONE;
        }
      }
      return how;
    }
    // When explaining, evaluate every condition so all missing keys are reported.
    boolean all = true;
    for (int i = 0; i < slots.length; i++) {
      all &= condition(slots[i], conditions[i]);
    }
    return all ? how : PrincipalMatch.NONE;
  }

  /**
   * A NotPrincipal Deny applies to every caller with a permissions boundary, whatever it lists (IAM
   * User Guide, "Permissions boundaries for IAM entities", Important note; also "NotPrincipal").
   * Decided outside the memo: an Allow with the same NotPrincipal shares its slot and keeps the
   * listed exclusions.
   */
  private boolean deniesEveryoneBounded(CompiledStatement statement) {
    return callerHasBoundary && statement.isDeny() && statement.principal().negated();
  }

  private PrincipalMatch principal(int slot, PrincipalTest test) {
    byte known = memo[slot];
    if (known != UNKNOWN) {
      return MATCHES[known - 1];
    }
    PrincipalMatch match = test.match(request);
    memo[slot] = (byte) (match.ordinal() + 1);
    return match;
  }

  private boolean resource(int slot, ResourceTest test) {
    byte known = memo[slot];
    if (known != UNKNOWN) {
      return known == TRUE;
    }
    boolean hit = test.matches(request, explainer);
    memo[slot] = hit ? TRUE : FALSE;
    return hit;
  }

  private boolean condition(int slot, ConditionTest test) {
    byte known = memo[slot];
    if (known != UNKNOWN) {
      return known == TRUE;
    }
    RequestContext context = request.context();
    boolean hit = explainer == Explainer.NONE ? test.test(context) : test.explain(context, explainer);
    memo[slot] = hit ? TRUE : FALSE;
    return hit;
  }
}
