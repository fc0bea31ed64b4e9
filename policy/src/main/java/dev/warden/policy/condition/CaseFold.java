package dev.warden.policy.condition;

/**
 * Case-insensitive comparison for the *IgnoreCase operators and Bool, per character as
 * {@link String#equalsIgnoreCase} does (so the folded form never changes length, unlike
 * {@code toUpperCase} on "ß").
 */
final class CaseFold {
  private CaseFold() {}

  static String fold(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (foldChar(c) != c) {
        char[] chars = text.toCharArray();
        for (int j = i; j < chars.length; j++) {
          chars[j] = foldChar(chars[j]);
        }
        return new String(chars);
      }
    }
    return text;
  }

  /** True when {@code folded} (already folded) equals {@code text} ignoring case. */
  static boolean equalsFolded(String folded, String text) {
    if (folded.length() != text.length()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (folded.charAt(i) != foldChar(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static char foldChar(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }
}
