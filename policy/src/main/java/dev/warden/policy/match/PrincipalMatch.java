package dev.warden.policy.match;

import dev.warden.policy.document.PrincipalKind;

/**
 * How a Principal element matched a caller: which entry, and as what. The authorizer needs the "how"
 * for the same-account rules (iam-semantics.md §5.2 step 4): a user ARN or a session ARN grants on
 * its own, a role ARN is still limited by the boundary and session policy, an account grant still
 * needs an identity-policy Allow.
 *
 * @param how what the entry named
 * @param element the Principal map key it was listed under ({@code AWS} for everyone)
 * @param value the entry as written ({@code *} for everyone)
 */
public record PrincipalMatch(How how, PrincipalKind element, String value) {
  /** Ordered from most to least specific. */
  public enum How {
    /** An assumed-role session ARN naming exactly this session. */
    ROLE_SESSION_ARN,
    /** A federated-user ARN naming exactly this GetFederationToken session. */
    FEDERATED_USER_ARN,
    /** The caller's own IAM user ARN. */
    USER_ARN,
    /** The ARN of the IAM user that created this federated-user session (GetFederationToken). */
    FEDERATING_USER_ARN,
    /** The ARN of the role this session belongs to. */
    ROLE_ARN,
    /** The unique id of the user, or of the session's role or federating user. */
    UNIQUE_ID,
    /** The service the request comes from. */
    SERVICE,
    /** The identity provider a web-identity or SAML caller comes through. */
    FEDERATED_PROVIDER,
    /** The caller's account, as {@code 123456789012} or {@code arn:aws:iam::123456789012:root}. */
    ACCOUNT,
    /** {@code "*"} or {@code {"AWS": "*"}}: everyone, including anonymous callers. */
    EVERYONE
  }
}
