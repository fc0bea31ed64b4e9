package dev.warden.policy.parse;

import java.util.Optional;
import java.util.Set;

/**
 * A condition operator as written in a policy, split into its parts: an optional set qualifier
 * ({@code ForAllValues:} / {@code ForAnyValue:}), a base operator from the IAM User Guide's list
 * (iam-semantics.md §3.1) and an optional {@code IfExists} suffix. {@code Null} takes no
 * {@code IfExists} (Access Analyzer: "Null with if exists" is an error).
 *
 * <p>Names are matched case-sensitively, as moto does; AWS does not document case folding for
 * operator names and rejecting an odd spelling is safer than guessing its meaning.
 */
public record ConditionOperatorName(SetQualifier qualifier, String base, boolean ifExists) {
  /** How a condition treats multivalued request keys. */
  public enum SetQualifier {
    NONE(""),
    FOR_ALL_VALUES("ForAllValues:"),
    FOR_ANY_VALUE("ForAnyValue:");

    private final String prefix;

    SetQualifier(String prefix) {
      this.prefix = prefix;
    }

    public String prefix() {
      return prefix;
    }
  }

  private static final String IF_EXISTS = "IfExists";

  /** The base operators of the IAM User Guide, "IAM JSON policy elements: Condition operators". */
  public static final Set<String> BASE_OPERATORS =
      Set.of(
          "StringEquals",
          "StringNotEquals",
          "StringEqualsIgnoreCase",
          "StringNotEqualsIgnoreCase",
          "StringLike",
          "StringNotLike",
          "NumericEquals",
          "NumericNotEquals",
          "NumericLessThan",
          "NumericLessThanEquals",
          "NumericGreaterThan",
          "NumericGreaterThanEquals",
          "DateEquals",
          "DateNotEquals",
          "DateLessThan",
          "DateLessThanEquals",
          "DateGreaterThan",
          "DateGreaterThanEquals",
          "Bool",
          "BinaryEquals",
          "IpAddress",
          "NotIpAddress",
          "ArnEquals",
          "ArnLike",
          "ArnNotEquals",
          "ArnNotLike",
          "Null");

  /** Splits {@code text} into its parts, or empty when it does not name a valid operator. */
  public static Optional<ConditionOperatorName> parse(String text) {
    SetQualifier qualifier = SetQualifier.NONE;
    String rest = text;
    if (rest.startsWith(SetQualifier.FOR_ALL_VALUES.prefix)) {
      qualifier = SetQualifier.FOR_ALL_VALUES;
      rest = rest.substring(SetQualifier.FOR_ALL_VALUES.prefix.length());
    } else if (rest.startsWith(SetQualifier.FOR_ANY_VALUE.prefix)) {
      qualifier = SetQualifier.FOR_ANY_VALUE;
      rest = rest.substring(SetQualifier.FOR_ANY_VALUE.prefix.length());
    }
    if (BASE_OPERATORS.contains(rest)) {
      return Optional.of(new ConditionOperatorName(qualifier, rest, false));
    }
    if (rest.endsWith(IF_EXISTS)) {
      String base = rest.substring(0, rest.length() - IF_EXISTS.length());
      if (BASE_OPERATORS.contains(base) && !base.equals("Null")) {
        return Optional.of(new ConditionOperatorName(qualifier, base, true));
      }
    }
    return Optional.empty();
  }

  /** True for the Date operators, whose values must be date literals. */
  public boolean isDate() {
    return base.startsWith("Date");
  }

  /** The operator as it would be written in a policy. */
  @Override
  public String toString() {
    return qualifier.prefix + base + (ifExists ? IF_EXISTS : "");
  }
}
