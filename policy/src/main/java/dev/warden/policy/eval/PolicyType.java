package dev.warden.policy.eval;

/**
 * The kinds of policy that take part in a decision, with the words AWS uses for them in
 * AccessDenied messages ("because no identity-based policy allows ...").
 */
public enum PolicyType {
  IDENTITY("identity-based", "IAM Policy"),
  RESOURCE("resource-based", "Resource Policy"),
  PERMISSIONS_BOUNDARY("permissions boundary", "Permissions Boundary Policy"),
  SESSION("session", "Session Policy"),
  SCP("service control", "Service Control Policy"),
  RCP("resource control", "Resource Control Policy");

  private final String messageWords;
  private final String simulatorName;

  PolicyType(String messageWords, String simulatorName) {
    this.messageWords = messageWords;
    this.simulatorName = simulatorName;
  }

  /** As in "because no identity-based policy allows the s3:GetObject action". */
  public String messageWords() {
    return messageWords;
  }

  /** The SourcePolicyType the IAM policy simulator reports. */
  public String simulatorName() {
    return simulatorName;
  }
}
