package dev.warden.policy.condition;

/** How one request value compares with a condition's policy values (under the positive operator). */
enum Verdict {
  /** At least one policy value matches. */
  MATCH,
  /** No policy value matches. */
  NO_MATCH,
  /**
   * The request value is not of the operator's type (not a number, date, IP address, ARN or base64
   * text), so nothing can be said: the condition entry fails whether or not the operator is negated.
   */
  UNREADABLE
}
