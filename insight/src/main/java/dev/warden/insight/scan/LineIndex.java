package dev.warden.insight.scan;

import java.util.Arrays;

/** Offsets of line starts in a text, so a character offset becomes a 1-based line and column. */
final class LineIndex {
  private final int[] starts;
  private final int length;

  LineIndex(CharSequence text) {
    length = text.length();
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

  int lineOf(int offset) {
    int at = Arrays.binarySearch(starts, offset);
    return at >= 0 ? at + 1 : -at - 1;
  }

  int columnOf(int offset) {
    return offset - starts[lineOf(offset) - 1] + 1;
  }

  int lineCount() {
    return starts.length;
  }

  /** Offset of the first character of {@code line} (clamped to the text). */
  int startOf(int line) {
    return starts[Math.max(1, Math.min(line, starts.length)) - 1];
  }

  /** Offset just past the last character of {@code line} (clamped to the text). */
  int endOf(int line) {
    return line >= starts.length ? length : starts[Math.max(1, line)] - 1;
  }
}
