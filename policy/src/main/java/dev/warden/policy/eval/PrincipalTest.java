package dev.warden.policy.eval;

/** The compiled Principal / NotPrincipal element of a resource-based or trust policy statement. */
interface PrincipalTest {
  PrincipalMatch match(AuthorizationRequest request);

  /** Equal keys mean equal answers for every request. */
  String key();
}
