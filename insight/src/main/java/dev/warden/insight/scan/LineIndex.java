package dev.warden.insight.scan;

import java.util.Arrays;

/** Offsets of line starts in a text, so a character offset becomes a 1-based line and column. */
final class LineIndex {
  private final CharSequence text;
  private final int length;
  /** Built on first use: most texts searched have no hit and never need it. */
  private int[] starts;

  LineIndex(CharSequence text) {
    this.text = text;
    this.length = text.length();
  }

  private int[] starts() {
    if (starts == null) {
      int[] found = new int[64];
      int count = 1;
      for (int i = 0; i < length; i++) {
        if (text.charAt(i) == '\n') {
          if (count == found.length) {
            found = Arrays.copyOf(found, count * 2);
          }
          found[count++] = i + 1;
        }
      }
      starts = Arrays.copyOf(found, count);
    }
    return starts;
  }

  int lineOf(int offset) {
    int at = Arrays.binarySearch(starts(), offset);
    return at >= 0 ? at + 1 : -at - 1;
  }

  int columnOf(int offset) {
    return offset - starts()[lineOf(offset) - 1] + 1;
  }

  int lineCount() {
    return starts().length;
  }

  /** Offset of the first character of {@code line} (clamped to the text). */
  int startOf(int line) {
    int[] s = starts();
    return s[Math.max(1, Math.min(line, s.length)) - 1];
  }

  /** Offset just past the last character of {@code line} (clamped to the text). */
  int endOf(int line) {
    int[] s = starts();
    return line >= s.length ? length : s[Math.max(1, line)] - 1;
  }
}
