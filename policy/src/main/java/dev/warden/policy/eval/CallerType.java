package dev.warden.policy.eval;

/** Who is making a request, as far as the evaluation logic cares (iam-semantics.md §4.1, §5). */
public enum CallerType {
  /** The account's root user: implicitly allowed unless explicitly denied. */
  ROOT("Account"),
  USER("User"),
  /** A session of an assumed role (AssumeRole, AssumeRoleWithWebIdentity, SAML, instance profile). */
  ROLE_SESSION("AssumedRole"),
  /** A GetFederationToken session: no permissions without a session policy. */
  FEDERATED_USER("FederatedUser"),
  /** An AWS service principal acting itself (e.g. lambda.amazonaws.com assuming its role). */
  SERVICE(null),
  /** An identity provider's user before it has a role (AssumeRoleWithWebIdentity / SAML). */
  WEB_IDENTITY("WebIdentityUser"),
  ANONYMOUS("Anonymous");

  private final String principalType;

  CallerType(String principalType) {
    this.principalType = principalType;
  }

  /** The aws:PrincipalType value, or null when AWS sets none. */
  public String principalType() {
    return principalType;
  }
}
