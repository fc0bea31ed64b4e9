package dev.warden.cli;

import dev.warden.catalog.lint.Finding;
import dev.warden.catalog.lint.FindingType;
import dev.warden.catalog.lint.SarifWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Findings keyed by artifact (a file, or a stored user, role or policy), as {@code warden lint} and
 * {@code warden policy validate} both gather, judge and emit them.
 */
final class FindingReports {
  private FindingReports() {}

  /**
   * Checks each policy file in order; a file that cannot be read stops the run with an IOException whose
   * message names it.
   */
  static Map<String, List<Finding>> ofFiles(List<Path> files, Function<String, List<Finding>> check)
      throws IOException {
    Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    for (Path file : files) {
      String text;
      try {
        text = PolicyFiles.read(file);
      } catch (IOException e) {
        throw new IOException(file + ": cannot read: " + e.getMessage(), e);
      }
      byFile.put(file.toString(), check.apply(text));
    }
    return byFile;
  }

  /** Whether any finding is at least as severe as {@code failOn} (the types are ordered most severe first). */
  static boolean reaches(Map<String, List<Finding>> byArtifact, FindingType failOn) {
    return byArtifact.values().stream().flatMap(List::stream)
        .anyMatch(finding -> finding.type().ordinal() <= failOn.ordinal());
  }

  /** SARIF 2.1.0, for code scanning. */
  static String sarif(Map<String, List<Finding>> byArtifact) {
    return new SarifWriter("warden", "0.1.0", "https://github.com/warden-iam/warden").write(byArtifact);
  }
}
