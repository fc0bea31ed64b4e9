package dev.warden.insight.scan;

/** Answers what Warden knows about an access key id, read-only and without any network call. */
@FunctionalInterface
public interface KeyDirectory {
  KeyStanding lookup(String accessKeyId);

  /** When there is no store to ask: ASIA ids are still known to be temporary. */
  static KeyDirectory none() {
    return id -> KeyStanding.of(id.startsWith("ASIA") ? Standing.TEMPORARY : Standing.NOT_CHECKED);
  }
}
