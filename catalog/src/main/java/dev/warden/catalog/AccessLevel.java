package dev.warden.catalog;

import java.util.Optional;

/**
 * The access level AWS assigns to an action in the Service Authorization Reference. Upstream data
 * may combine flags ("Permissions management, Write"); the generator keeps the most sensitive one.
 */
public enum AccessLevel {
  LIST('L', "List"),
  READ('R', "Read"),
  WRITE('W', "Write"),
  TAGGING('T', "Tagging"),
  PERMISSIONS_MANAGEMENT('P', "Permissions management");

  private final char code;
  private final String displayName;

  AccessLevel(char code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /** The one-letter code used in the embedded resource. */
  public char code() {
    return code;
  }

  /** The wording of the AWS documentation, e.g. {@code Permissions management}. */
  public String displayName() {
    return displayName;
  }

  public static Optional<AccessLevel> fromCode(String code) {
    if (code.length() == 1) {
      for (AccessLevel level : values()) {
        if (level.code == code.charAt(0)) {
          return Optional.of(level);
        }
      }
    }
    return Optional.empty();
  }

  /** Accepts the display name or the enum name, case-insensitively (for CLI filters). */
  public static Optional<AccessLevel> fromName(String name) {
    String normalised = name.trim().replace('_', ' ').replace('-', ' ');
    for (AccessLevel level : values()) {
      if (level.displayName.equalsIgnoreCase(normalised) || level.name().replace('_', ' ').equalsIgnoreCase(normalised)) {
        return Optional.of(level);
      }
    }
    return fromCode(name.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
