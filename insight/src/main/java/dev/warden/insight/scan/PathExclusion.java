package dev.warden.insight.scan;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Paths left out of a scan, as globs: a pattern without '/' matches any file or folder name
 * ({@code target}, {@code *.log}); a pattern with '/' matches a path from the scanned root
 * ({@code build/generated}, {@code docs/**}). A folder that matches is left out with all it holds.
 */
public final class PathExclusion {
  private final List<PathMatcher> names = new ArrayList<>();
  private final List<PathMatcher> paths = new ArrayList<>();

  private PathExclusion(List<String> globs) {
    for (String glob : globs) {
      String pattern = glob.strip();
      while (pattern.endsWith("/") && pattern.length() > 1) {
        pattern = pattern.substring(0, pattern.length() - 1);
      }
      if (pattern.isEmpty()) {
        throw new IllegalArgumentException("an empty exclude pattern");
      }
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
      (pattern.contains("/") ? paths : names).add(matcher);
    }
  }

  public static PathExclusion of(List<String> globs) {
    return new PathExclusion(globs);
  }

  public static PathExclusion none() {
    return new PathExclusion(List.of());
  }

  /** {@code relativePath} uses '/' between names. */
  public boolean excludes(String relativePath) {
    if (names.isEmpty() && paths.isEmpty()) {
      return false;
    }
    String[] parts = relativePath.split("/");
    StringBuilder prefix = new StringBuilder();
    for (String part : parts) {
      if (part.isEmpty()) {
        continue;
      }
      Path name = Path.of(part);
      for (PathMatcher matcher : names) {
        if (matcher.matches(name)) {
          return true;
        }
      }
      prefix.append(prefix.length() == 0 ? "" : "/").append(part);
      Path soFar = Path.of(prefix.toString());
      for (PathMatcher matcher : paths) {
        if (matcher.matches(soFar)) {
          return true;
        }
      }
    }
    return false;
  }
}
