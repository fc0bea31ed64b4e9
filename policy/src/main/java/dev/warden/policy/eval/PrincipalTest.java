package dev.warden.policy.eval;

/** The compiled Principal / NotPrincipal element of a resource-based or trust policy statement. */
interface PrincipalTest {
  PrincipalMatch match(AuthorizationRequest request);

  /** True for NotPrincipal. */
  boolean negated();

  /** Equal keys mean equal answers for every request. */
  String key();
}
