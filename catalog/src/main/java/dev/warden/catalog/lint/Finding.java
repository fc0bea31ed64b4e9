package dev.warden.catalog.lint;

/**
 * One policy-validation finding, shaped like Access Analyzer's ValidatePolicy findings.
 *
 * @param code stable UPPER_SNAKE identifier, like Access Analyzer's issueCode
 * @param message what is wrong and how to fix it, for people
 */
public record Finding(FindingType type, String code, String message, FindingLocation location) {
  public Finding {
    if (!code.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*")) {
      throw new IllegalArgumentException("finding codes are UPPER_SNAKE: " + code);
    }
  }

  static Finding of(CatalogCheck check, String message, FindingLocation location) {
    return new Finding(check.type(), check.name(), message, location);
  }
}
