package dev.warden.insight.scan;

/**
 * Where a credential was seen: a path relative to the scanned root (with '/' separators), a 1-based
 * line and column, and the commit that added it when found in git history (null in the work tree).
 */
public record Location(String path, int line, int column, String commit) {
  public boolean inHistory() {
    return commit != null;
  }

  @Override
  public String toString() {
    return (commit == null ? "" : commit.substring(0, Math.min(12, commit.length())) + ":") + path + ":" + line + ":" + column;
  }
}
