package dev.warden.insight.scan;

import java.util.Set;

/**
 * Which files are worth reading. Lock files are skipped by name (they hold integrity hashes and
 * registry URLs, never credentials, and are large); binary files by content (a NUL byte in the first
 * 8,000 bytes, as git decides); and files over the size limit. Minified code and dependency folders
 * such as node_modules are scanned: keys do leak into bundles and vendored code, and the detector's
 * boundaries keep their look-alikes quiet.
 */
public final class FileTriage {
  /** Files larger than this are skipped unless the scanner is given another limit. */
  public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;
  static final int BINARY_PROBE_BYTES = 8000;
  private static final Set<String> LOCK_FILES = Set.of(
      "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lockb", "Cargo.lock",
      "Gemfile.lock", "poetry.lock", "Pipfile.lock", "uv.lock", "composer.lock", "go.sum", "gradle.lockfile",
      "packages.lock.json", "mix.lock", "flake.lock", "Podfile.lock", "pubspec.lock");
  /** Version-control internals: their objects are compressed; history is read through git instead. */
  private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", ".hg", ".svn");

  private FileTriage() {}

  public static boolean isLockFile(String fileName) {
    return LOCK_FILES.contains(fileName);
  }

  public static boolean isSkippedDirectory(String directoryName) {
    return SKIPPED_DIRECTORIES.contains(directoryName);
  }

  public static boolean looksBinary(byte[] bytes, int length) {
    int probe = Math.min(length, BINARY_PROBE_BYTES);
    for (int i = 0; i < probe; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
