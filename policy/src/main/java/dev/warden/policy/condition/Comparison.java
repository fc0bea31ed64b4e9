package dev.warden.policy.condition;

/** The ordering tests of the Numeric and Date operators: request value (left) vs policy value. */
enum Comparison {
  EQUALS,
  LESS_THAN,
  LESS_THAN_EQUALS,
  GREATER_THAN,
  GREATER_THAN_EQUALS;

  /** Whether the test holds, given {@code compare(request, policy)}. */
  boolean holds(int compared) {
    return switch (this) {
      case EQUALS -> compared == 0;
      case LESS_THAN -> compared < 0;
      case LESS_THAN_EQUALS -> compared <= 0;
      case GREATER_THAN -> compared > 0;
      case GREATER_THAN_EQUALS -> compared >= 0;
    };
  }

  static Comparison of(BaseOperator positive) {
    return switch (positive) {
      case NUMERIC_EQUALS, DATE_EQUALS -> EQUALS;
      case NUMERIC_LESS_THAN, DATE_LESS_THAN -> LESS_THAN;
      case NUMERIC_LESS_THAN_EQUALS, DATE_LESS_THAN_EQUALS -> LESS_THAN_EQUALS;
      case NUMERIC_GREATER_THAN, DATE_GREATER_THAN -> GREATER_THAN;
      case NUMERIC_GREATER_THAN_EQUALS, DATE_GREATER_THAN_EQUALS -> GREATER_THAN_EQUALS;
      default -> throw new IllegalArgumentException("not an ordering operator: " + positive);
    };
  }
}
