package dev.warden.insight.scan;

/** Why a file in the tree was not read for credentials. */
public enum SkipReason {
  BINARY("binary"),
  TOO_LARGE("too large"),
  LOCK_FILE("lock file"),
  SYMLINK("symbolic link"),
  UNREADABLE("unreadable");

  private final String label;

  SkipReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
