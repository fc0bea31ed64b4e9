package dev.warden.policy.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A compiled IAM wildcard pattern: {@code *} matches any run of characters (including none),
 * {@code ?} exactly one, every other character itself.
 *
 * <p>Matching never backtracks. The pattern is cut at its stars into segments; the first segment is
 * anchored at the start of the text, the last at its end, and each middle segment is found at its
 * leftmost place after the previous one (for globs the leftmost choice is always safe). Segments of
 * up to 64 characters are searched with a bit-parallel shift-and automaton, so each text character
 * is looked at once per search and the searches move forward only: the cost is linear in the text
 * length, whatever the pattern, so a hostile pattern such as 200 × {@code *a} cannot blow up.
 * Longer segments fall back to a direct scan, bounded by text length × segment length.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class Wildcard {
  private static final Wildcard ANYTHING = new Wildcard("*", false, new Segment[0], true, true);

  private final String source;
  private final boolean ignoreCase;
  /** Segments between stars, in order; may include empty first/last segments. */
  private final Segment[] segments;
  private final boolean startsWithStar;
  private final boolean endsWithStar;
  private final boolean hasStar;

  private Wildcard(
      String source, boolean ignoreCase, Segment[] segments, boolean startsWithStar, boolean endsWithStar) {
    this.source = source;
    this.ignoreCase = ignoreCase;
    this.segments = segments;
    this.startsWithStar = startsWithStar;
    this.endsWithStar = endsWithStar;
    this.hasStar = startsWithStar || endsWithStar || segments.length > 1;
  }

  /** Compiles {@code pattern}, where {@code *} and {@code ?} are wildcards. */
  public static Wildcard compile(String pattern, boolean ignoreCase) {
    if (pattern.equals("*")) {
      return ANYTHING;
    }
    // Cut at stars directly: compiling happens for every pattern of every policy.
    List<Segment> segments = new ArrayList<>();
    int length = pattern.length();
    boolean startsWithStar = length > 0 && pattern.charAt(0) == '*';
    boolean endsWithStar = length > 0 && pattern.charAt(length - 1) == '*';
    int from = 0;
    while (from <= length) {
      int star = pattern.indexOf('*', from);
      int end = star < 0 ? length : star;
      if (end > from || segments.isEmpty() || star < 0) {
        if (!(star < 0 && end == from && endsWithStar && !segments.isEmpty())) {
          segments.add(segment(pattern, from, end, ignoreCase));
        }
      }
      if (star < 0) {
        break;
      }
      from = star + 1;
    }
    if (startsWithStar && endsWithStar && segments.stream().allMatch(segment -> segment.chars.length == 0)) {
      return ANYTHING;
    }
    return new Wildcard(pattern, ignoreCase, segments.toArray(new Segment[0]), startsWithStar, endsWithStar);
  }

  private static Segment segment(String pattern, int from, int to, boolean ignoreCase) {
    char[] chars = new char[to - from];
    boolean[] any = new boolean[to - from];
    for (int i = from; i < to; i++) {
      char c = pattern.charAt(i);
      any[i - from] = c == '?';
      chars[i - from] = ignoreCase ? fold(c) : c;
    }
    return new Segment(chars, any);
  }

  /** A pattern that matches exactly {@code text}: no character in it is a wildcard. */
  public static Wildcard literal(String text, boolean ignoreCase) {
    return builder(ignoreCase).literal(text).build(text);
  }

  /** The pattern {@code *}. */
  public static Wildcard anything() {
    return ANYTHING;
  }

  /** For patterns assembled from pieces, e.g. policy variables whose values are literal text. */
  public static Builder builder(boolean ignoreCase) {
    return new Builder(ignoreCase);
  }

  public boolean matches(CharSequence text) {
    return match(text, null);
  }

  /**
   * Matches while counting character steps into {@code steps[0]}; for tests that prove the cost
   * bound without wall-clock timing.
   */
  boolean matchesCounting(CharSequence text, long[] steps) {
    return match(text, steps);
  }

  /** True for the pattern {@code *} (and any pattern made only of stars). */
  public boolean matchesEverything() {
    return this == ANYTHING;
  }

  /** True when the pattern has no {@code *} and no {@code ?}. */
  public boolean isLiteral() {
    return !hasStar && segments.length == 1 && segments[0].anyCount == 0;
  }

  /** The literal characters before the first wildcard (lower-cased when ignoring case). */
  public String literalPrefix() {
    if (this == ANYTHING || segments.length == 0 || startsWithStar) {
      return "";
    }
    Segment first = segments[0];
    int end = 0;
    while (end < first.chars.length && !first.any[end]) {
      end++;
    }
    return new String(first.chars, 0, end);
  }

  public boolean ignoresCase() {
    return ignoreCase;
  }

  /** The pattern as written. */
  public String source() {
    return source;
  }

  @Override
  public String toString() {
    return source;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Wildcard other
        && other.ignoreCase == ignoreCase
        && other.startsWithStar == startsWithStar
        && other.endsWithStar == endsWithStar
        && Arrays.equals(other.segments, segments);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(segments) * 31 + (ignoreCase ? 1 : 0);
  }

  private boolean match(CharSequence text, long[] steps) {
    if (this == ANYTHING) {
      return true;
    }
    int n = text.length();
    if (!hasStar) {
      Segment only = segments[0];
      return only.chars.length == n && only.matchesAt(text, 0, ignoreCase, steps);
    }
    int first = 0;
    int last = segments.length - 1;
    int pos = 0;
    int end = n;
    if (!startsWithStar) {
      Segment head = segments[first++];
      if (head.chars.length > n || !head.matchesAt(text, 0, ignoreCase, steps)) {
        return false;
      }
      pos = head.chars.length;
    }
    if (!endsWithStar) {
      Segment tail = segments[last--];
      int tailStart = n - tail.chars.length;
      if (tailStart < pos || !tail.matchesAt(text, tailStart, ignoreCase, steps)) {
        return false;
      }
      end = tailStart;
    }
    for (int i = first; i <= last; i++) {
      Segment middle = segments[i];
      if (middle.chars.length == 0) {
        continue;
      }
      int found = middle.find(text, pos, end, ignoreCase, steps);
      if (found < 0) {
        return false;
      }
      pos = found + middle.chars.length;
    }
    return true;
  }

  static char fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** A run of literal characters and {@code ?} between two stars. */
  private static final class Segment {
    final char[] chars;
    final boolean[] any;
    final int anyCount;
    /**
     * Shift-and masks for ASCII characters, built on the first search (only middle segments are
     * searched; anchored ones are compared in place). A benign race: every thread builds the same
     * immutable array.
     */
    private long[] asciiMasks;
    /** Mask bits of {@code ?} positions: every character matches there. */
    private final long anyMask;

    Segment(char[] chars, boolean[] any) {
      this.chars = chars;
      this.any = any;
      int count = 0;
      long wild = 0;
      for (int i = 0; i < any.length; i++) {
        if (any[i]) {
          count++;
          if (i < 64) {
            wild |= 1L << i;
          }
        }
      }
      this.anyCount = count;
      this.anyMask = wild;
    }

    private long[] masks() {
      long[] masks = asciiMasks;
      if (masks == null) {
        masks = new long[128];
        Arrays.fill(masks, anyMask);
        for (int i = 0; i < chars.length; i++) {
          if (!any[i] && chars[i] < 128) {
            masks[chars[i]] |= 1L << i;
          }
        }
        asciiMasks = masks;
      }
      return masks;
    }

    boolean matchesAt(CharSequence text, int offset, boolean ignoreCase, long[] steps) {
      for (int i = 0; i < chars.length; i++) {
        if (steps != null) {
          steps[0]++;
        }
        if (any[i]) {
          continue;
        }
        char c = text.charAt(offset + i);
        if (ignoreCase) {
          c = fold(c);
        }
        if (c != chars[i]) {
          return false;
        }
      }
      return true;
    }

    /** Leftmost start in [from, limit - length] where the segment matches, or -1. */
    int find(CharSequence text, int from, int limit, boolean ignoreCase, long[] steps) {
      int length = chars.length;
      if (limit - from < length) {
        return -1;
      }
      if (length > 64) {
        for (int start = from; start + length <= limit; start++) {
          if (matchesAt(text, start, ignoreCase, steps)) {
            return start;
          }
        }
        return -1;
      }
      long[] asciiMasks = masks();
      long accept = 1L << (length - 1);
      long state = 0;
      for (int i = from; i < limit; i++) {
        if (steps != null) {
          steps[0]++;
        }
        char c = text.charAt(i);
        if (ignoreCase) {
          c = fold(c);
        }
        long mask = c < 128 ? asciiMasks[c] : maskOf(c);
        state = ((state << 1) | 1L) & mask;
        if ((state & accept) != 0) {
          return i - length + 1;
        }
      }
      return -1;
    }

    private long maskOf(char c) {
      long mask = anyMask;
      for (int i = 0; i < chars.length; i++) {
        if (!any[i] && chars[i] == c) {
          mask |= 1L << i;
        }
      }
      return mask;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Segment s && Arrays.equals(s.chars, chars) && Arrays.equals(s.any, any);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(chars) * 31 + Arrays.hashCode(any);
    }
  }

  /** Assembles a pattern from literal text and wildcards. */
  public static final class Builder {
    private final boolean ignoreCase;
    private final List<Segment> segments = new ArrayList<>();
    private final StringBuilder chars = new StringBuilder();
    private final List<Boolean> any = new ArrayList<>();
    private final StringBuilder display = new StringBuilder();
    private boolean startsWithStar;
    private boolean lastWasStar;
    private boolean empty = true;

    private Builder(boolean ignoreCase) {
      this.ignoreCase = ignoreCase;
    }

    /** Literal text: {@code *} and {@code ?} in it match only themselves. */
    public Builder literal(CharSequence text) {
      for (int i = 0; i < text.length(); i++) {
        literal(text.charAt(i));
      }
      return this;
    }

    public Builder literal(char c) {
      chars.append(ignoreCase ? fold(c) : c);
      any.add(false);
      display.append(c);
      lastWasStar = false;
      empty = false;
      return this;
    }

    /** {@code ?}: exactly one character. */
    public Builder anyChar() {
      chars.append('?');
      any.add(true);
      display.append('?');
      lastWasStar = false;
      empty = false;
      return this;
    }

    /** {@code *}: any run of characters. Consecutive stars collapse into one. */
    public Builder anyRun() {
      if (empty) {
        startsWithStar = true;
      }
      display.append('*');
      empty = false;
      if (!lastWasStar) {
        closeSegment();
        lastWasStar = true;
      }
      return this;
    }

    public Wildcard build() {
      return build(display.toString());
    }

    Wildcard build(String source) {
      closeSegment();
      boolean endsWithStar = lastWasStar;
      if (startsWithStar && endsWithStar && segments.stream().allMatch(s -> s.chars.length == 0)) {
        return ANYTHING;
      }
      // An empty text compiles to one empty segment so that it matches only "".
      return new Wildcard(
          source, ignoreCase, segments.toArray(new Segment[0]), startsWithStar, endsWithStar);
    }

    private void closeSegment() {
      char[] c = chars.toString().toCharArray();
      boolean[] a = new boolean[any.size()];
      for (int i = 0; i < a.length; i++) {
        a[i] = any.get(i);
      }
      if (c.length > 0 || segments.isEmpty() || !lastWasStar) {
        segments.add(new Segment(c, a));
      }
      chars.setLength(0);
      any.clear();
    }
  }
}
