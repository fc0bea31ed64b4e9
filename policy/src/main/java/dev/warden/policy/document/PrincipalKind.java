package dev.warden.policy.document;

/** The keys of a Principal / NotPrincipal map. */
public enum PrincipalKind {
  AWS("AWS"),
  SERVICE("Service"),
  FEDERATED("Federated"),
  CANONICAL_USER("CanonicalUser");

  private final String json;

  PrincipalKind(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
