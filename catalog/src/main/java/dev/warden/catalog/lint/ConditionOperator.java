package dev.warden.catalog.lint;

import dev.warden.catalog.ConditionKeyType.BaseType;
import java.util.EnumSet;
import java.util.Set;

/**
 * A condition operator as written ({@code ForAllValues:StringLike}, {@code DateLessThanIfExists}),
 * cut into its set qualifier, base operator and the value type family the base operator compares.
 */
record ConditionOperator(Qualifier qualifier, String base, Family family) {
  enum Qualifier {
    NONE,
    FOR_ALL_VALUES,
    FOR_ANY_VALUE
  }

  /** The type of value a base operator compares, and the key types it fits. */
  enum Family {
    STRING(EnumSet.of(BaseType.STRING, BaseType.ARN)),
    // ARN operators on String keys are common (aws:SourceVpcArn is typed String) and work.
    ARN(EnumSet.of(BaseType.ARN, BaseType.STRING)),
    NUMERIC(EnumSet.of(BaseType.NUMERIC)),
    DATE(EnumSet.of(BaseType.DATE)),
    BOOL(EnumSet.of(BaseType.BOOL)),
    BINARY(EnumSet.of(BaseType.BINARY)),
    IP_ADDRESS(EnumSet.of(BaseType.IP_ADDRESS)),
    NULL(EnumSet.allOf(BaseType.class)),
    UNKNOWN(EnumSet.allOf(BaseType.class));

    private final Set<BaseType> fits;

    Family(Set<BaseType> fits) {
      this.fits = fits;
    }

    boolean fits(BaseType keyType) {
      return fits.contains(keyType);
    }
  }

  private static final String FOR_ALL_VALUES = "ForAllValues:";
  private static final String FOR_ANY_VALUE = "ForAnyValue:";
  private static final String IF_EXISTS = "IfExists";

  static ConditionOperator parse(String written) {
    Qualifier qualifier = Qualifier.NONE;
    String rest = written;
    if (rest.startsWith(FOR_ALL_VALUES)) {
      qualifier = Qualifier.FOR_ALL_VALUES;
      rest = rest.substring(FOR_ALL_VALUES.length());
    } else if (rest.startsWith(FOR_ANY_VALUE)) {
      qualifier = Qualifier.FOR_ANY_VALUE;
      rest = rest.substring(FOR_ANY_VALUE.length());
    }
    if (rest.endsWith(IF_EXISTS) && !rest.equals("Null")) {
      rest = rest.substring(0, rest.length() - IF_EXISTS.length());
    }
    return new ConditionOperator(qualifier, rest, familyOf(rest));
  }

  private static Family familyOf(String base) {
    if (base.equals("Null")) {
      return Family.NULL;
    }
    if (base.equals("Bool")) {
      return Family.BOOL;
    }
    if (base.equals("BinaryEquals")) {
      return Family.BINARY;
    }
    if (base.equals("IpAddress") || base.equals("NotIpAddress")) {
      return Family.IP_ADDRESS;
    }
    if (base.startsWith("String")) {
      return Family.STRING;
    }
    if (base.startsWith("Numeric")) {
      return Family.NUMERIC;
    }
    if (base.startsWith("Date")) {
      return Family.DATE;
    }
    if (base.startsWith("Arn")) {
      return Family.ARN;
    }
    return Family.UNKNOWN;
  }
}
