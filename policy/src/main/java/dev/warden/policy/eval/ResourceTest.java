package dev.warden.policy.eval;

/** The compiled Resource / NotResource element of a statement. */
interface ResourceTest {
  boolean matches(AuthorizationRequest request, Explainer explainer);

  /** Equal keys mean equal answers for every request: the evaluator computes each key once per request. */
  String key();
}
