package dev.warden.policy.parse;

import dev.warden.policy.document.PolicyKind;

/**
 * What each kind of policy requires or forbids (iam-semantics.md §1.2, §1.4, §1.7, §1.9).
 *
 * <p>Decisions where AWS is not documented: Version 2012-10-17 is required only where an AWS source
 * says so — managed policies (and so permission boundaries, which are managed policies), SCPs and
 * RCPs ("Every RCP must include a Version element with the value 2012-10-17", Organizations guide).
 * Inline, trust, session and resource policies accept 2008-10-17 or no Version, as AWS's own old
 * trust policies do. Alphanumeric Sids are enforced for the IAM/STS kinds only; other services'
 * resource policies allow spaces and punctuation.
 */
final class KindRules {
  enum Presence {
    REQUIRED,
    FORBIDDEN
  }

  private KindRules() {}

  static Presence principal(PolicyKind kind) {
    return switch (kind) {
      case TRUST, RESOURCE, RCP -> Presence.REQUIRED;
      default -> Presence.FORBIDDEN;
    };
  }

  /** NotPrincipal is only meaningful in resource policies; trust policies and RCPs reject it. */
  static boolean allowsNotPrincipal(PolicyKind kind) {
    return kind == PolicyKind.RESOURCE;
  }

  static Presence resource(PolicyKind kind) {
    return kind == PolicyKind.TRUST ? Presence.FORBIDDEN : Presence.REQUIRED;
  }

  static boolean requiresVersion2012(PolicyKind kind) {
    return switch (kind) {
      case IDENTITY_MANAGED, BOUNDARY, SCP, RCP -> true;
      default -> false;
    };
  }

  static boolean requiresAlphanumericSid(PolicyKind kind) {
    return switch (kind) {
      case RESOURCE, SCP, RCP -> false;
      default -> true;
    };
  }

  /** RCPs may name only {@code "*"} as principal (Organizations guide, RCP syntax). */
  static boolean principalMustBeEveryone(PolicyKind kind) {
    return kind == PolicyKind.RCP;
  }

  /** CanonicalUser principals exist only in S3 resource policies. */
  static boolean allowsCanonicalUser(PolicyKind kind) {
    return kind == PolicyKind.RESOURCE;
  }

  static PolicyErrorClass malformed(PolicyKind kind) {
    return isOrganizations(kind)
        ? PolicyErrorClass.ORGANIZATIONS_MALFORMED_POLICY_DOCUMENT
        : PolicyErrorClass.MALFORMED_POLICY_DOCUMENT;
  }

  static boolean isOrganizations(PolicyKind kind) {
    return kind == PolicyKind.SCP || kind == PolicyKind.RCP;
  }
}
