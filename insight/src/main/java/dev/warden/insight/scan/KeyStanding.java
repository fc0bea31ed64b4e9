package dev.warden.insight.scan;

import java.time.Instant;

/**
 * A key id's {@link Standing} and, for keys Warden issued, whose they are: the user and when the key
 * was last used (null: never), or the session's principal ARN and expiry (session keys whose token
 * Warden opened).
 */
public record KeyStanding(Standing standing, String userName, String userArn, Instant lastUsed, Instant sessionExpires) {
  public static KeyStanding of(Standing standing) {
    return new KeyStanding(standing, null, null, null, null);
  }

  public static KeyStanding ofKey(boolean active, String userName, String userArn, Instant lastUsed) {
    return new KeyStanding(active ? Standing.ACTIVE : Standing.INACTIVE, userName, userArn, lastUsed, null);
  }

  public static KeyStanding of(SessionFacts session) {
    return new KeyStanding(session.expired() ? Standing.EXPIRED_SESSION : Standing.WARDEN_SESSION, null,
        session.principalArn(), null, session.expiresAt());
  }

  public boolean known() {
    return standing == Standing.ACTIVE || standing == Standing.INACTIVE || standing == Standing.WARDEN_SESSION
        || standing == Standing.EXPIRED_SESSION;
  }

  /** Could still authenticate: an active key, or one Warden cannot vouch for. */
  public boolean possiblyLive() {
    return standing != Standing.INACTIVE && standing != Standing.EXPIRED_SESSION;
  }

  public String describe() {
    return switch (standing) {
      case ACTIVE -> "Warden key of " + userArn + ", Active, " + used();
      case INACTIVE -> "Warden key of " + userArn + ", Inactive, " + used();
      case WARDEN_SESSION -> "Warden session of " + userArn + ", valid until " + sessionExpires;
      case EXPIRED_SESSION -> "Warden session of " + userArn + ", expired " + sessionExpires;
      case TEMPORARY -> "temporary (STS session) key";
      case UNKNOWN -> "not a Warden key";
      case NOT_CHECKED -> "not checked (no Warden store)";
    };
  }

  private String used() {
    return lastUsed == null ? "never used" : "last used " + lastUsed;
  }
}
