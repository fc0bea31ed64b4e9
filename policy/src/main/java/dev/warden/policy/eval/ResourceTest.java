package dev.warden.policy.eval;

/** The compiled Resource / NotResource element of a statement. */
interface ResourceTest {
  boolean matches(AuthorizationRequest request, Explainer explainer);
}
