package dev.warden.policy.eval;

/**
 * How a resource-based policy statement named the caller. Same-account grants differ by it
 * (IAM User Guide, "Policy evaluation logic", table for resource-based policies): naming the user,
 * the session or everyone is enough on its own; naming the role is still limited by the session's
 * permissions boundary and session policy; naming the account only delegates to the account's
 * identity-based policies.
 */
public enum PrincipalMatch {
  NONE,
  /** User ARN, role-session ARN, federated-user ARN, everyone ("*"), or a service principal. */
  DIRECT,
  /** The role ARN (or unique id) of the calling session, or the user behind a federated session. */
  ROLE,
  /** The caller's account id or root ARN. */
  ACCOUNT;

  /** The stronger of two matches: DIRECT beats ROLE beats ACCOUNT beats NONE. */
  PrincipalMatch strongest(PrincipalMatch other) {
    return rank() >= other.rank() ? this : other;
  }

  private int rank() {
    return switch (this) {
      case NONE -> 0;
      case ACCOUNT -> 1;
      case ROLE -> 2;
      case DIRECT -> 3;
    };
  }
}
