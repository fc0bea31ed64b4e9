package dev.warden.insight.scan;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Values that look like credentials but are not: AWS's documentation examples (every one of them
 * carries {@code EXAMPLE}), and test fixtures recognised by their value (a fixture word, a long run
 * of one character, a typed sequence, too little entropy to be random; for session tokens, whose
 * real values carry runs of '/', only the last). Recognised by value only, never by path: a
 * real key pasted into a test folder is still a leak.
 */
public final class ExampleCredentials {
  private static final List<String> FIXTURE_WORDS = List.of("FAKE", "DUMMY", "TEST", "SAMPLE", "XXXX", "PLACEHOLDER", "CHANGEME", "REDACTED");
  private static final int LONGEST_RANDOM_RUN = 5;
  private static final int SEQUENCE = 5;

  private ExampleCredentials() {}

  /** Why {@code value} (a {@code kind}) is an example or fixture, or empty when it may be real. */
  public static Optional<String> reason(CredentialKind kind, CharSequence value) {
    String text = value.toString();
    if (text.contains("EXAMPLE")) {
      return Optional.of("AWS documentation example");
    }
    if (kind == CredentialKind.SESSION_TOKEN) {
      // Hundreds of random characters spell TEST or FAKE by chance too often (about 1 in 300).
      return ShannonEntropy.bitsPerChar(text) < minimumEntropy(kind)
          ? Optional.of("test fixture (not random)") : Optional.empty();
    }
    String upper = text.toUpperCase(Locale.ROOT);
    for (String word : FIXTURE_WORDS) {
      if (upper.contains(word)) {
        return Optional.of("test fixture (" + word.toLowerCase(Locale.ROOT) + ")");
      }
    }
    if (longestRun(text) > LONGEST_RANDOM_RUN) {
      return Optional.of("test fixture (repeated characters)");
    }
    if (longestAscending(text) >= SEQUENCE) {
      return Optional.of("test fixture (sequence)");
    }
    if (ShannonEntropy.bitsPerChar(text) < minimumEntropy(kind)) {
      return Optional.of("test fixture (not random)");
    }
    return Optional.empty();
  }

  /** Below these a value is a pattern someone typed, not a key AWS or Warden generated. */
  static double minimumEntropy(CredentialKind kind) {
    return switch (kind) {
      case ACCESS_KEY_ID -> 3.0;
      case SECRET_ACCESS_KEY -> 3.5;
      case SESSION_TOKEN -> 4.0;
    };
  }

  /** abcde, 12345, KLMNO: typed, not generated (about 2 in a million random secrets have one). */
  private static int longestAscending(String text) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = i > 0 && Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) == text.charAt(i - 1) + 1 ? run + 1 : 1;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  private static int longestRun(String text) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = i > 0 && text.charAt(i) == text.charAt(i - 1) ? run + 1 : 1;
      longest = Math.max(longest, run);
    }
    return longest;
  }
}
