package dev.warden.policy.match;

import java.util.Locale;
import java.util.Optional;

/**
 * One Action / NotAction entry, compiled once (iam-semantics.md §2.1; IAM User Guide
 * "IAM JSON policy elements: Action"): {@code *} and {@code ?} wildcards, matched case-insensitively
 * over the whole {@code service:Name} string, so {@code iam:ListAccessKeys} matches
 * {@code IAM:listaccesskeys}. Immutable and thread-safe.
 */
public final class ActionPattern {
  private final String source;
  private final Wildcard wildcard;
  private final Optional<String> servicePrefix;

  private ActionPattern(String source, Wildcard wildcard, Optional<String> servicePrefix) {
    this.source = source;
    this.wildcard = wildcard;
    this.servicePrefix = servicePrefix;
  }

  public static ActionPattern compile(String text) {
    Wildcard wildcard = Wildcard.compile(text, true);
    int colon = text.indexOf(':');
    Optional<String> prefix = Optional.empty();
    if (colon > 0) {
      String service = text.substring(0, colon);
      if (service.indexOf('*') < 0 && service.indexOf('?') < 0) {
        prefix = Optional.of(service.toLowerCase(Locale.ROOT));
      }
    }
    return new ActionPattern(text, wildcard, prefix);
  }

  /** True when {@code action} (e.g. {@code s3:GetObject}) is matched, ignoring case. */
  public boolean matches(String action) {
    return wildcard.matches(action);
  }

  /**
   * The service prefix in lower case ({@code s3} for {@code S3:Get*}) when it has no wildcard, so an
   * authorizer can index statements by service; empty for {@code *}, {@code *:Get*} and the like,
   * which must be considered for every service.
   */
  public Optional<String> servicePrefix() {
    return servicePrefix;
  }

  public boolean matchesEverything() {
    return wildcard.matchesEverything();
  }

  /** The entry as written in the policy. */
  public String source() {
    return source;
  }

  @Override
  public String toString() {
    return source;
  }
}
