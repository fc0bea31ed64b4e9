package dev.warden.policy.condition;

/** The set-operator prefix of a condition operator, for multivalued context keys. */
public enum SetQualifier {
  /** No prefix: the key is compared as a single value. */
  NONE(""),
  /** {@code ForAllValues:} every request value must match; true when the key is absent or empty. */
  FOR_ALL_VALUES("ForAllValues:"),
  /** {@code ForAnyValue:} at least one request value must match; false when absent or empty. */
  FOR_ANY_VALUE("ForAnyValue:");

  private final String prefix;

  SetQualifier(String prefix) {
    this.prefix = prefix;
  }

  public String prefix() {
    return prefix;
  }
}
