package dev.warden.insight.scan;

/** What Warden knows about a found key id. */
public enum Standing {
  /** A long-term key Warden issued, still usable. */
  ACTIVE,
  /** A long-term key Warden issued, deactivated. */
  INACTIVE,
  /** An ASIA key id whose session token, found with it, Warden sealed and it has not expired. */
  WARDEN_SESSION,
  /** An ASIA key id whose session token Warden sealed, now expired. */
  EXPIRED_SESSION,
  /** An ASIA key id: temporary credentials from an STS session (Warden does not keep a list of them). */
  TEMPORARY,
  /** Warden's store does not hold this key id. */
  UNKNOWN,
  /** No Warden store was available to ask. */
  NOT_CHECKED
}
