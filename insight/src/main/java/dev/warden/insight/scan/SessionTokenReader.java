package dev.warden.insight.scan;

import java.util.Optional;

/**
 * Opens a found session token when it is one this Warden sealed. The token is passed in and never
 * kept; only the facts come back.
 */
@FunctionalInterface
public interface SessionTokenReader {
  Optional<SessionFacts> read(String token);

  static SessionTokenReader none() {
    return token -> Optional.empty();
  }
}
