package dev.warden.policy.context;

import java.util.Locale;
import java.util.Optional;

/** AWS's ContextKeyType names (IAM simulator API), each scalar or list. */
public enum ContextKeyType {
  STRING("string", false),
  STRING_LIST("stringList", true),
  NUMERIC("numeric", false),
  NUMERIC_LIST("numericList", true),
  BOOLEAN("boolean", false),
  BOOLEAN_LIST("booleanList", true),
  IP("ip", false),
  IP_LIST("ipList", true),
  BINARY("binary", false),
  BINARY_LIST("binaryList", true),
  DATE("date", false),
  DATE_LIST("dateList", true);

  private final String awsName;
  private final boolean multiValued;

  ContextKeyType(String awsName, boolean multiValued) {
    this.awsName = awsName;
    this.multiValued = multiValued;
  }

  public String awsName() {
    return awsName;
  }

  public boolean multiValued() {
    return multiValued;
  }

  /** Parses an AWS ContextKeyType name, case-insensitively. */
  public static Optional<ContextKeyType> fromAwsName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (ContextKeyType type : values()) {
      if (type.awsName.toLowerCase(Locale.ROOT).equals(lower)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
