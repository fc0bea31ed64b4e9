package dev.warden.policy.condition;

import dev.warden.policy.document.SourcePosition;

/**
 * A condition entry that cannot be compiled: unknown operator, or a value its operator cannot read
 * (invalid date, CIDR, number, base64, malformed policy variable). Carries the entry's position; the
 * service reports it as {@code MalformedPolicyDocument} (HTTP 400), as IAM does.
 */
public final class ConditionException extends RuntimeException {
  private final SourcePosition position;

  public ConditionException(String message, SourcePosition position) {
    super(message);
    this.position = position;
  }

  public SourcePosition position() {
    return position;
  }

  /** The AWS error code this maps to. */
  public String code() {
    return "MalformedPolicyDocument";
  }
}
