package dev.warden.insight.scan;

/** What was found; {@code ruleId} is the stable code used in JSON and SARIF. */
public enum CredentialKind {
  ACCESS_KEY_ID("WSCAN001", "access key id"),
  SECRET_ACCESS_KEY("WSCAN002", "secret access key"),
  SESSION_TOKEN("WSCAN003", "session token");

  private final String ruleId;
  private final String label;

  CredentialKind(String ruleId, String label) {
    this.ruleId = ruleId;
    this.label = label;
  }

  public String ruleId() {
    return ruleId;
  }

  public String label() {
    return label;
  }

  /** Secrets and tokens authenticate and are never shown in full; key ids only identify. */
  public boolean isSecret() {
    return this != ACCESS_KEY_ID;
  }
}
