package dev.warden.policy.match;

import dev.warden.policy.document.PolicyKind;

/**
 * How a Resource pattern with fewer than six ARN segments (e.g. {@code arn:aws:ec2:us-east-1:123})
 * matches. AWS does not document this (iam-semantics.md §2.3); Warden follows iam-simulate:
 * identity-side policies pad the missing segments with {@code *}, resource-side policies treat the
 * pattern as matching nothing. The parser already rejects short patterns that AWS's legacy parser
 * rejects (those containing {@code ::}).
 */
public enum ShortArnMode {
  /** Missing region, account or resource segments become {@code *}. */
  PAD_WITH_WILDCARDS,
  /** A short pattern matches no resource. */
  MATCH_NOTHING;

  /** The mode for Resource entries of a policy of {@code kind}. */
  public static ShortArnMode forKind(PolicyKind kind) {
    return switch (kind) {
      case RESOURCE, TRUST, RCP -> MATCH_NOTHING;
      default -> PAD_WITH_WILDCARDS;
    };
  }
}
