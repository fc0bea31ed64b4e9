package dev.warden.policy.parse;

import java.util.Optional;

/**
 * The shape of an Action / NotAction entry and of a condition key's vendor prefix (messages as AWS
 * returns them, iam-semantics.md §1.6): {@code *}, or {@code vendor:name} with exactly one colon and
 * a vendor of letters, digits, {@code -} and {@code .}, or a vendor of exactly {@code *} (which
 * moto accepts and Access Analyzer only flags as a suggestion). Other wildcards in the vendor are
 * rejected; the name may hold any wildcards.
 */
final class ActionSyntax {
  static final String NO_VENDOR = "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.";
  static final String TWO_COLONS = "Actions/Condition can contain only one colon.";

  private ActionSyntax() {}

  /** AWS's message for what is wrong with {@code action}, or empty when it is well formed. */
  static Optional<String> problem(String action) {
    if (action.equals("*")) {
      return Optional.empty();
    }
    int colon = action.indexOf(':');
    if (colon < 0) {
      return Optional.of(NO_VENDOR);
    }
    if (action.indexOf(':', colon + 1) >= 0) {
      return Optional.of(TWO_COLONS);
    }
    String vendor = action.substring(0, colon);
    if (vendor.isEmpty()) {
      return Optional.of(NO_VENDOR);
    }
    if (!vendor.equals("*") && !isVendor(vendor)) {
      return Optional.of("Vendor " + vendor + " is not valid");
    }
    return Optional.empty();
  }

  /**
   * AWS's message when a condition key lacks a vendor prefix ({@code aws:}, {@code s3:}...). Keys
   * may contain further colons (tag keys such as {@code aws:ResourceTag/aws:cloudformation:stack-name}).
   */
  static Optional<String> conditionKeyProblem(String key) {
    return key.indexOf(':') > 0 ? Optional.empty() : Optional.of(NO_VENDOR);
  }

  static boolean isVendor(String vendor) {
    for (int i = 0; i < vendor.length(); i++) {
      char c = vendor.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
