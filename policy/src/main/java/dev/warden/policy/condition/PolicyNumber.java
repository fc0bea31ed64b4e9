package dev.warden.policy.condition;

import java.math.BigDecimal;

/**
 * Reads the numbers of Numeric conditions: an optional sign, digits, an optional fraction and an
 * optional exponent ({@code 10}, {@code -2.5}, {@code 1e3}, the forms a JSON number can take, also
 * when quoted). Values are compared exactly (no binary floating point), so {@code 0.1} equals
 * {@code 0.10}. Whitespace, hex, {@code NaN} and {@code Infinity} are not numbers. Integers that fit
 * a long are read without allocating.
 */
final class PolicyNumber {
  /** Longer texts are refused so that comparisons stay cheap. */
  static final int MAX_LENGTH = 100;

  private PolicyNumber() {}

  /** True when {@code text} is an optionally signed run of at most 18 digits (fits a long). */
  static boolean isSmallInteger(String text) {
    int length = text.length();
    int start = length > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
    if (length == start || length - start > 18) {
      return false;
    }
    for (int i = start; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Parses a small integer; call only when {@link #isSmallInteger} holds. */
  static long parseSmallInteger(String text) {
    boolean negative = text.charAt(0) == '-';
    int start = negative || text.charAt(0) == '+' ? 1 : 0;
    long value = 0;
    for (int i = start; i < text.length(); i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return negative ? -value : value;
  }

  /** The exact value, or {@code null} when {@code text} is not a number. */
  static BigDecimal parseOrNull(String text) {
    if (text.isEmpty() || text.length() > MAX_LENGTH || !wellFormed(text)) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** sign? (digits ('.' digits?)? | '.' digits) (e sign? digits)? */
  private static boolean wellFormed(String text) {
    int i = 0;
    int n = text.length();
    if (text.charAt(i) == '-' || text.charAt(i) == '+') {
      i++;
    }
    int digits = 0;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
      digits++;
    }
    if (i < n && text.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
        i++;
      }
      int exponentDigits = 0;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
        exponentDigits++;
      }
      if (exponentDigits == 0 || exponentDigits > 4) {
        return false;
      }
    }
    return i == n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
