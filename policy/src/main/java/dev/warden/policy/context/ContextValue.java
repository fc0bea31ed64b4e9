package dev.warden.policy.context;

import java.util.List;

/**
 * The value of one request context key: its declared type and its values as text. Scalar types hold
 * exactly one value; list types hold zero or more (an empty list is "present but empty", which
 * ForAllValues and ForAnyValue treat like an absent key).
 */
public record ContextValue(ContextKeyType type, List<String> values) {
  public ContextValue {
    values = List.copyOf(values);
    if (!type.multiValued() && values.size() != 1) {
      throw new IllegalArgumentException(type.awsName() + " takes exactly one value");
    }
  }

  public static ContextValue of(ContextKeyType type, String value) {
    return new ContextValue(type, List.of(value));
  }

  public static ContextValue string(String value) {
    return of(ContextKeyType.STRING, value);
  }

  public static ContextValue strings(List<String> values) {
    return new ContextValue(ContextKeyType.STRING_LIST, values);
  }

  public boolean multiValued() {
    return type.multiValued();
  }

  /** The single value of a scalar key. */
  public String value() {
    if (values.size() != 1) {
      throw new IllegalStateException("not a single value");
    }
    return values.get(0);
  }
}
