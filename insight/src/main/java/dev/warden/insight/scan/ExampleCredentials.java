package dev.warden.insight.scan;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Values that look like credentials but are not: AWS's documentation examples (every one of them
 * carries {@code EXAMPLE}), and test fixtures recognised by their value (a fixture word, a long run
 * of one character, too little entropy to be random). Recognised by value only, never by path: a
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
    String upper = text.toUpperCase(Locale.ROOT);
    for (String word : FIXTURE_WORDS) {
      if (upper.contains(word)) {
        return Optional.of("test fixture (" + word.toLowerCase(Locale.ROOT) + ")");
      }
    }
    // Real STS tokens do carry runs of '/', so the run test is for ids and secrets only.
    if (kind != CredentialKind.SESSION_TOKEN && longestRun(text) > LONGEST_RANDOM_RUN) {
      return Optional.of("test fixture (repeated characters)");
    }
    if (kind != CredentialKind.SESSION_TOKEN && longestAscending(text) >= SEQUENCE) {
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
