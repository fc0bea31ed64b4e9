package dev.warden.policy.eval;

import dev.warden.policy.context.RequestContext;

/** One compiled condition entry (operator + key + values). */
interface ConditionTest {
  /** Fast path, no explanation. */
  boolean test(RequestContext context);

  /** Same answer as {@link #test}, reporting missing keys and resolved variables to the explainer. */
  boolean explain(RequestContext context, Explainer explainer);

  /** Equal keys mean equal answers for every request. */
  String key();
}
