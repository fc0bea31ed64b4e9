package dev.warden.policy.parse;

import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.document.SourcePosition;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Character quotas per kind of policy (iam-semantics.md §1.13, IAM User Guide "IAM and AWS STS
 * quotas"). IAM does not count white space (space, tab, CR, LF, anywhere in the text) against its
 * quotas; Organizations counts every character of an SCP or RCP, and an STS session policy is a
 * plain API parameter whose length constraint counts every character too.
 *
 * <p>Inline-policy quotas are per user, group or role, summed over all its inline policies: the
 * parser can only check one document, so callers storing inline policies measure each with
 * {@link #measure} and call {@link #checkAggregate} (which also names the entity as AWS does).
 * Instances are immutable; {@link #withLimit} adjusts a quota (AWS lets customers raise the trust
 * policy quota to 4,096).
 */
public final class PolicySizeLimits {
  /** API parameter maximum for every policy document parameter (IAM and STS models). */
  public static final int MAX_PARAMETER_CHARS = 131_072;

  private static final PolicySizeLimits DEFAULTS = new PolicySizeLimits(defaultLimits());

  private final Map<PolicyKind, Integer> limits;

  private PolicySizeLimits(Map<PolicyKind, Integer> limits) {
    this.limits = limits;
  }

  public static PolicySizeLimits defaults() {
    return DEFAULTS;
  }

  private static Map<PolicyKind, Integer> defaultLimits() {
    Map<PolicyKind, Integer> limits = new EnumMap<>(PolicyKind.class);
    limits.put(PolicyKind.IDENTITY_MANAGED, 6_144);
    limits.put(PolicyKind.BOUNDARY, 6_144);
    limits.put(PolicyKind.IDENTITY_INLINE_USER, 2_048);
    limits.put(PolicyKind.IDENTITY_INLINE_GROUP, 5_120);
    limits.put(PolicyKind.IDENTITY_INLINE_ROLE, 10_240);
    limits.put(PolicyKind.TRUST, 2_048);
    limits.put(PolicyKind.SESSION, 2_048);
    // Resource policies are stored by other services with their own quotas (S3 20 KB, KMS 32 KB);
    // Warden applies S3's as the default.
    limits.put(PolicyKind.RESOURCE, 20_480);
    limits.put(PolicyKind.SCP, 5_120);
    limits.put(PolicyKind.RCP, 5_120);
    return limits;
  }

  /** A copy with a different quota for {@code kind}; at most {@link #MAX_PARAMETER_CHARS}. */
  public PolicySizeLimits withLimit(PolicyKind kind, int maxChars) {
    if (maxChars < 1 || maxChars > MAX_PARAMETER_CHARS) {
      throw new IllegalArgumentException("limit out of range: " + maxChars);
    }
    Map<PolicyKind, Integer> copy = new EnumMap<>(limits);
    copy.put(kind, maxChars);
    return new PolicySizeLimits(copy);
  }

  /** The quota in counted characters (see {@link #measure}). */
  public int limit(PolicyKind kind) {
    return limits.get(kind);
  }

  /** True when every character counts; false when white space is free (IAM quotas). */
  public static boolean countsWhitespace(PolicyKind kind) {
    return kind == PolicyKind.SCP || kind == PolicyKind.RCP || kind == PolicyKind.SESSION;
  }

  /** The size of {@code text} as the quota for {@code kind} counts it. */
  public static int measure(PolicyKind kind, CharSequence text) {
    if (countsWhitespace(kind)) {
      return text.length();
    }
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!isWhitespace(text.charAt(i))) {
        count++;
      }
    }
    return count;
  }

  static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /** A problem when one document of {@code kind} is over its quota. */
  public Optional<PolicyProblem> checkDocument(PolicyKind kind, CharSequence text) {
    return check(kind, measure(kind, text), Optional.empty());
  }

  /**
   * A problem when the inline policies of one entity, measured together, are over the quota for
   * {@code kind} (for example all of a user's inline policies with the new one replacing any of the
   * same name). {@code entityName} appears in the message as AWS puts it.
   */
  public Optional<PolicyProblem> checkAggregate(PolicyKind kind, int measuredTotal, String entityName) {
    return check(kind, measuredTotal, Optional.of(entityName));
  }

  private Optional<PolicyProblem> check(PolicyKind kind, int measured, Optional<String> entityName) {
    int limit = limit(kind);
    if (measured <= limit) {
      return Optional.empty();
    }
    String counted = countsWhitespace(kind) ? " characters" : " characters not counting white space";
    String detail = "The document has " + measured + counted + "; the quota is " + limit + ".";
    PolicyErrorClass errorClass =
        switch (kind) {
          case SESSION -> PolicyErrorClass.VALIDATION_ERROR;
          case SCP, RCP -> PolicyErrorClass.ORGANIZATIONS_CONSTRAINT_VIOLATION;
          default -> PolicyErrorClass.LIMIT_EXCEEDED;
        };
    String entity = entityName.map(name -> " " + name).orElse("");
    String message =
        switch (kind) {
          case IDENTITY_INLINE_USER -> "Maximum policy size of " + limit + " bytes exceeded for user" + entity;
          case IDENTITY_INLINE_GROUP -> "Maximum policy size of " + limit + " bytes exceeded for group" + entity;
          case IDENTITY_INLINE_ROLE -> "Maximum policy size of " + limit + " bytes exceeded for role" + entity;
          case TRUST -> "Cannot exceed quota for ACLSizePerRole: " + limit;
          case SESSION -> "Member must have length less than or equal to " + limit;
          // Organizations' exact wording is not documented; this names the quota plainly.
          case SCP, RCP -> "The policy content exceeds the maximum size of " + limit + " characters.";
          default -> "Cannot exceed quota for PolicySize: " + limit;
        };
    return Optional.of(new PolicyProblem(errorClass, message, detail, SourcePosition.UNKNOWN));
  }
}
