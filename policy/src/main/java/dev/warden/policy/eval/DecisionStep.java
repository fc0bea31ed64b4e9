package dev.warden.policy.eval;

/**
 * Which step of AWS's evaluation logic decided, in the order of the IAM User Guide's "Policy
 * evaluation logic" page. Each has a stable code (the enum name) for scripts and a sentence for
 * people.
 */
public enum DecisionStep {
  EXPLICIT_DENY("an explicit deny in a %s policy matched"),
  RCP_NO_ALLOW("no resource control policy allows the action"),
  SCP_NO_ALLOW("no service control policy allows the action"),
  RESOURCE_POLICY_ALLOWS("the resource-based policy allows the principal directly"),
  RESOURCE_POLICY_ALLOWS_WITHIN_BOUNDARY_AND_SESSION(
      "the resource-based policy allows the role, and the permissions boundary and session policy allow too"),
  RESOURCE_POLICY_REQUIRED("the resource-based policy (role trust policy) does not allow the principal"),
  CROSS_ACCOUNT_NO_RESOURCE_ALLOW(
      "the resource is in another account and its resource-based policy does not allow the principal"),
  NO_IDENTITY_ALLOW("no identity-based policy allows the action"),
  BOUNDARY_NO_ALLOW("an identity-based policy allows the action, but the permissions boundary does not"),
  SESSION_NO_ALLOW("identity-based policies allow the action, but the session policy does not"),
  FEDERATED_SESSION_WITHOUT_POLICY("a federated-user session has no permissions without a session policy"),
  ANONYMOUS_NO_RESOURCE_ALLOW("anonymous requests are allowed only by a resource-based policy"),
  SERVICE_NO_RESOURCE_ALLOW("a service principal is allowed only by a resource-based policy"),
  ROOT_USER("the account's root user is allowed unless explicitly denied"),
  IDENTITY_ALLOWS("identity-based policies allow the action, and no boundary or session policy limits it");

  private final String sentence;

  DecisionStep(String sentence) {
    this.sentence = sentence;
  }

  /** The human sentence; {@code %s} in EXPLICIT_DENY takes the policy type's words. */
  public String sentence() {
    return sentence;
  }
}
