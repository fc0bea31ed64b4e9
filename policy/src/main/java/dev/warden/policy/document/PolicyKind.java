package dev.warden.policy.document;

/**
 * What a document is used as. It decides which elements are required or forbidden and which size
 * limit applies (iam-semantics.md §1.9, §1.13).
 */
public enum PolicyKind {
  /** Customer or AWS managed policy: 6,144 characters without whitespace. */
  IDENTITY_MANAGED,
  /** User inline policies: 2,048 characters aggregate per user, without whitespace. */
  IDENTITY_INLINE_USER,
  /** Group inline policies: 5,120 aggregate. */
  IDENTITY_INLINE_GROUP,
  /** Role inline policies: 10,240 aggregate. */
  IDENTITY_INLINE_ROLE,
  /** Role trust policy: Principal required, Resource forbidden, 2,048 without whitespace. */
  TRUST,
  /** Permissions boundary (a managed policy used as a boundary). */
  BOUNDARY,
  /** STS session policy: 2,048 characters plaintext. */
  SESSION,
  /** Resource-based policy (bucket policy, key policy...): Principal required. */
  RESOURCE,
  /** Service control policy: 5,120 characters, whitespace counts. */
  SCP,
  /** Resource control policy: 5,120 characters, whitespace counts. */
  RCP
}
