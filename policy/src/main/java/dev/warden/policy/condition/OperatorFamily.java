package dev.warden.policy.condition;

/**
 * The groups of condition operators in the IAM User Guide (reference_policies_elements_condition_operators),
 * each with its own value syntax.
 */
public enum OperatorFamily {
  STRING(true),
  NUMERIC(false),
  DATE(false),
  BOOLEAN(true),
  BINARY(false),
  IP_ADDRESS(false),
  ARN(true),
  NULL(false);

  private final boolean allowsVariables;

  OperatorFamily(boolean allowsVariables) {
    this.allowsVariables = allowsVariables;
  }

  /**
   * Whether {@code ${...}} in policy values is substituted. The variables page lists String and ARN
   * operators; the operators page also lists Bool (the two pages disagree on Bool; Warden follows the
   * operators page). Elsewhere {@code ${...}} is literal text, so e.g. a Date value {@code ${x}} is
   * rejected as an invalid date.
   */
  public boolean allowsVariables() {
    return allowsVariables;
  }
}
