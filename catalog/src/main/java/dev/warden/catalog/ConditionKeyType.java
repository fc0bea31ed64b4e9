package dev.warden.catalog;

import java.util.Optional;

/**
 * The type of a condition key as the Service Authorization Reference writes it ({@code String},
 * {@code ArrayOfARN}, ...). Array types are multi-valued keys, tested with ForAnyValue/ForAllValues.
 */
public enum ConditionKeyType {
  STRING("String", BaseType.STRING, false),
  ARRAY_OF_STRING("ArrayOfString", BaseType.STRING, true),
  ARN("ARN", BaseType.ARN, false),
  ARRAY_OF_ARN("ArrayOfARN", BaseType.ARN, true),
  BOOL("Bool", BaseType.BOOL, false),
  ARRAY_OF_BOOL("ArrayOfBool", BaseType.BOOL, true),
  NUMERIC("Numeric", BaseType.NUMERIC, false),
  ARRAY_OF_NUMERIC("ArrayOfNumeric", BaseType.NUMERIC, true),
  DATE("Date", BaseType.DATE, false),
  ARRAY_OF_DATE("ArrayOfDate", BaseType.DATE, true),
  IP_ADDRESS("IPAddress", BaseType.IP_ADDRESS, false),
  ARRAY_OF_IP_ADDRESS("ArrayOfIPAddress", BaseType.IP_ADDRESS, true),
  BINARY("Binary", BaseType.BINARY, false),
  ARRAY_OF_BINARY("ArrayOfBinary", BaseType.BINARY, true);

  /** The type of each value, whether the key is single- or multi-valued. */
  public enum BaseType {
    STRING,
    ARN,
    BOOL,
    NUMERIC,
    DATE,
    IP_ADDRESS,
    BINARY
  }

  private final String awsName;
  private final BaseType baseType;
  private final boolean multiValued;

  ConditionKeyType(String awsName, BaseType baseType, boolean multiValued) {
    this.awsName = awsName;
    this.baseType = baseType;
    this.multiValued = multiValued;
  }

  /** As written in the AWS documentation, e.g. {@code ArrayOfString}. */
  public String awsName() {
    return awsName;
  }

  public BaseType baseType() {
    return baseType;
  }

  public boolean multiValued() {
    return multiValued;
  }

  public static Optional<ConditionKeyType> fromAwsName(String name) {
    for (ConditionKeyType type : values()) {
      if (type.awsName.equalsIgnoreCase(name)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
