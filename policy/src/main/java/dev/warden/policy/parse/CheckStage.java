package dev.warden.policy.parse;

/**
 * The order in which AWS validates a policy (as reverse-engineered by moto's
 * {@code policy_validation.py}, iam-semantics.md §1.14): when a document has several problems, AWS
 * reports the one from the earliest stage. Stages after {@code SYNTAX} that moto does not know
 * (principal rules, Sid characters) are placed where a missing or forbidden element would be noticed.
 */
enum CheckStage {
  /** Parameter constraints and size quotas, checked before the JSON is read. */
  LIMITS,
  /** Invalid JSON, unknown elements, wrong JSON types, unknown condition operators. */
  SYNTAX,
  /** Version 2012-10-17 required for some kinds. */
  VERSION,
  /** Effect case, date literals, resources the legacy parser cannot split. */
  LEGACY,
  /** Principal required / forbidden / malformed; Resource forbidden in trust policies. */
  PRINCIPAL,
  /** Duplicate or non-alphanumeric Sids. */
  SID,
  /** No Action / NotAction, or an empty one. */
  ACTIONS,
  /** No Resource / NotResource, or an empty one. */
  RESOURCES,
  /** Resource ARN format. */
  RESOURCE_FORMAT,
  /** Vendor prefix of actions and condition keys. */
  ACTION_PREFIX
}
