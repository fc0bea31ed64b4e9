package dev.warden.policy.eval;

/** The three outcomes, spelled as the IAM policy simulator's EvalDecision. */
public enum EvalDecision {
  ALLOWED("allowed"),
  EXPLICIT_DENY("explicitDeny"),
  IMPLICIT_DENY("implicitDeny");

  private final String awsName;

  EvalDecision(String awsName) {
    this.awsName = awsName;
  }

  public String awsName() {
    return awsName;
  }

  public boolean allowed() {
    return this == ALLOWED;
  }
}
