package dev.warden.policy.document;

/**
 * A place in the policy text: 1-based line and column, as AWS's policy simulator reports
 * statement positions ({@code StartPosition}/{@code EndPosition}).
 */
public record SourcePosition(int line, int column) {
  public static final SourcePosition UNKNOWN = new SourcePosition(0, 0);

  public SourcePosition {
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("negative position " + line + ":" + column);
    }
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
