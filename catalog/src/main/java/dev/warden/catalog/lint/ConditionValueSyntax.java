package dev.warden.catalog.lint;

import dev.warden.catalog.ConditionKeyType.BaseType;
import java.util.regex.Pattern;

/** Whether a condition value, as written, is a value of a key's type. */
final class ConditionValueSyntax {
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d{1,30}(\\.\\d{1,30})?");
  private static final Pattern EPOCH_SECONDS = Pattern.compile("\\d{1,19}");
  // ISO 8601 as AWS accepts it: a date, optionally a time with seconds, fraction and zone.
  private static final Pattern ISO_DATE = Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern IPV4 = Pattern.compile(
      "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(/(3[0-2]|[12]?\\d))?");
  private static final Pattern IPV6_CHARS = Pattern.compile("[0-9a-fA-F:.]{2,45}(/(12[0-8]|1[01]\\d|[1-9]?\\d))?");

  private ConditionValueSyntax() {}

  /** The check that reports values of a type, or null for types whose values are free text. */
  static CatalogCheck checkFor(BaseType type) {
    switch (type) {
      case BOOL:
        return CatalogCheck.TYPE_MISMATCH_BOOL;
      case NUMERIC:
        return CatalogCheck.TYPE_MISMATCH_NUMBER;
      case DATE:
        return CatalogCheck.TYPE_MISMATCH_DATE;
      case IP_ADDRESS:
        return CatalogCheck.TYPE_MISMATCH_IP_RANGE;
      case ARN:
        return CatalogCheck.TYPE_MISMATCH_ARN;
      default:
        return null;
    }
  }

  static boolean fits(BaseType type, String value) {
    switch (type) {
      case BOOL:
        return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
      case NUMERIC:
        return NUMBER.matcher(value).matches();
      case DATE:
        return ISO_DATE.matcher(value).matches() || EPOCH_SECONDS.matcher(value).matches();
      case IP_ADDRESS:
        return IPV4.matcher(value).matches() || isIpv6(value);
      case ARN:
        // Wildcards are fine in ARN-typed values (ArnLike, StringLike); only the arn: shape is checked.
        return value.equals("*") || value.startsWith("arn:") || value.startsWith("arn*");
      default:
        return true;
    }
  }

  private static boolean isIpv6(String value) {
    if (!IPV6_CHARS.matcher(value).matches()) {
      return false;
    }
    String address = value.contains("/") ? value.substring(0, value.indexOf('/')) : value;
    int doubleColon = address.indexOf("::");
    if (doubleColon >= 0 && address.indexOf("::", doubleColon + 1) >= 0) {
      return false;
    }
    String[] groups = address.split(":", -1);
    if (groups.length < 3 || groups.length > 8) {
      return false;
    }
    for (int i = 0; i < groups.length; i++) {
      String group = groups[i];
      boolean last = i == groups.length - 1;
      if (group.isEmpty()) {
        continue; // part of "::", or a leading/trailing colon of it
      }
      if (last && group.contains(".")) {
        if (!IPV4.matcher(group).matches()) {
          return false;
        }
      } else if (group.length() > 4 || group.contains(".")) {
        return false;
      }
    }
    return doubleColon >= 0 || groups.length == 8 || (groups.length == 7 && groups[6].contains("."));
  }
}
