package dev.warden.insight.scan;

import java.util.Comparator;

/** A detection at its place in the scanned tree or history. */
public record Finding(Location location, Detection detection) {
  /** Work tree before history; then by path, commit, line and column. */
  public static final Comparator<Finding> ORDER = Comparator
      .comparing((Finding f) -> f.location().inHistory())
      .thenComparing(f -> f.location().path())
      .thenComparing(f -> f.location().commit() == null ? "" : f.location().commit())
      .thenComparingInt(f -> f.location().line())
      .thenComparingInt(f -> f.location().column());

  public CredentialKind kind() {
    return detection.kind();
  }
}
