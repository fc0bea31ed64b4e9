package dev.warden.policy.parse;

/**
 * The AWS error code a policy problem is reported under, with its HTTP status. IAM and STS use
 * {@code MalformedPolicyDocument} for bad documents and {@code LimitExceeded} (409) for quota
 * overruns; parameter constraints (length, allowed characters) fail as {@code ValidationError};
 * AWS Organizations (SCPs, RCPs) has its own codes.
 */
public enum PolicyErrorClass {
  MALFORMED_POLICY_DOCUMENT("MalformedPolicyDocument", 400),
  LIMIT_EXCEEDED("LimitExceeded", 409),
  VALIDATION_ERROR("ValidationError", 400),
  /** Organizations' code for a malformed SCP or RCP. */
  ORGANIZATIONS_MALFORMED_POLICY_DOCUMENT("MalformedPolicyDocumentException", 400),
  /** Organizations' code for a policy over its size limit (reason POLICY_CONTENT_LIMIT_EXCEEDED). */
  ORGANIZATIONS_CONSTRAINT_VIOLATION("ConstraintViolationException", 400);

  private final String awsCode;
  private final int httpStatus;

  PolicyErrorClass(String awsCode, int httpStatus) {
    this.awsCode = awsCode;
    this.httpStatus = httpStatus;
  }

  /** The error code as AWS puts it on the wire, e.g. {@code MalformedPolicyDocument}. */
  public String awsCode() {
    return awsCode;
  }

  public int httpStatus() {
    return httpStatus;
  }
}
