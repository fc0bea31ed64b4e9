package dev.warden.policy.condition;

import java.util.Optional;

/** A condition operator without set prefix or IfExists suffix. */
public enum BaseOperator {
  STRING_EQUALS("StringEquals", OperatorFamily.STRING, false),
  STRING_NOT_EQUALS("StringNotEquals", OperatorFamily.STRING, true),
  STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", OperatorFamily.STRING, false),
  STRING_NOT_EQUALS_IGNORE_CASE("StringNotEqualsIgnoreCase", OperatorFamily.STRING, true),
  STRING_LIKE("StringLike", OperatorFamily.STRING, false),
  STRING_NOT_LIKE("StringNotLike", OperatorFamily.STRING, true),
  NUMERIC_EQUALS("NumericEquals", OperatorFamily.NUMERIC, false),
  NUMERIC_NOT_EQUALS("NumericNotEquals", OperatorFamily.NUMERIC, true),
  NUMERIC_LESS_THAN("NumericLessThan", OperatorFamily.NUMERIC, false),
  NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", OperatorFamily.NUMERIC, false),
  NUMERIC_GREATER_THAN("NumericGreaterThan", OperatorFamily.NUMERIC, false),
  NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", OperatorFamily.NUMERIC, false),
  DATE_EQUALS("DateEquals", OperatorFamily.DATE, false),
  DATE_NOT_EQUALS("DateNotEquals", OperatorFamily.DATE, true),
  DATE_LESS_THAN("DateLessThan", OperatorFamily.DATE, false),
  DATE_LESS_THAN_EQUALS("DateLessThanEquals", OperatorFamily.DATE, false),
  DATE_GREATER_THAN("DateGreaterThan", OperatorFamily.DATE, false),
  DATE_GREATER_THAN_EQUALS("DateGreaterThanEquals", OperatorFamily.DATE, false),
  BOOL("Bool", OperatorFamily.BOOLEAN, false),
  BINARY_EQUALS("BinaryEquals", OperatorFamily.BINARY, false),
  IP_ADDRESS("IpAddress", OperatorFamily.IP_ADDRESS, false),
  NOT_IP_ADDRESS("NotIpAddress", OperatorFamily.IP_ADDRESS, true),
  ARN_EQUALS("ArnEquals", OperatorFamily.ARN, false),
  ARN_LIKE("ArnLike", OperatorFamily.ARN, false),
  ARN_NOT_EQUALS("ArnNotEquals", OperatorFamily.ARN, true),
  ARN_NOT_LIKE("ArnNotLike", OperatorFamily.ARN, true),
  NULL("Null", OperatorFamily.NULL, false);

  private final String json;
  private final OperatorFamily family;
  private final boolean negated;

  BaseOperator(String json, OperatorFamily family, boolean negated) {
    this.json = json;
    this.family = family;
    this.negated = negated;
  }

  /** The spelling in policies (case-sensitive, as IAM validates it). */
  public String json() {
    return json;
  }

  public OperatorFamily family() {
    return family;
  }

  /**
   * True for the operators whose values combine as NOR: the key must match none of them, and a
   * missing key makes the condition true.
   */
  public boolean negated() {
    return negated;
  }

  /** The operator this one negates; itself for positive operators. */
  public BaseOperator positive() {
    return switch (this) {
      case STRING_NOT_EQUALS -> STRING_EQUALS;
      case STRING_NOT_EQUALS_IGNORE_CASE -> STRING_EQUALS_IGNORE_CASE;
      case STRING_NOT_LIKE -> STRING_LIKE;
      case NUMERIC_NOT_EQUALS -> NUMERIC_EQUALS;
      case DATE_NOT_EQUALS -> DATE_EQUALS;
      case NOT_IP_ADDRESS -> IP_ADDRESS;
      case ARN_NOT_EQUALS -> ARN_EQUALS;
      case ARN_NOT_LIKE -> ARN_LIKE;
      default -> this;
    };
  }

  /** Looks a name up exactly (operator names are case-sensitive in IAM). */
  public static Optional<BaseOperator> fromJson(String name) {
    for (BaseOperator op : values()) {
      if (op.json.equals(name)) {
        return Optional.of(op);
      }
    }
    return Optional.empty();
  }
}
