package dev.warden.insight.scan;

/** A key id's {@link Standing} and, for keys Warden issued, whose they are. */
public record KeyStanding(Standing standing, String userName, String userArn) {
  public static KeyStanding of(Standing standing) {
    return new KeyStanding(standing, null, null);
  }

  public boolean known() {
    return standing == Standing.ACTIVE || standing == Standing.INACTIVE;
  }

  /** Could still authenticate: an active key, or one Warden cannot vouch for. */
  public boolean possiblyLive() {
    return standing != Standing.INACTIVE;
  }

  public String describe() {
    return switch (standing) {
      case ACTIVE -> "Warden key of " + userArn + ", Active";
      case INACTIVE -> "Warden key of " + userArn + ", Inactive";
      case TEMPORARY -> "temporary (STS session) key";
      case UNKNOWN -> "not a Warden key";
      case NOT_CHECKED -> "not checked (no Warden store)";
    };
  }
}
