package dev.warden.insight.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Look-alikes (hashes, UUIDs, base64 blobs, JWTs, minified JS, notebook images, placeholders, ids
 * that are not credentials, random 40-character strings without context) produce no finding;
 * documentation examples and fixtures are recognised as such and nothing more.
 */
class CleanCorpusTest {
  static final Path CLEAN = PlantedCorpus.resource("clean");
  static TreeScan scan;

  @BeforeAll
  static void scanClean() throws Exception {
    scan = TreeScanner.withDefaults().scan(CLEAN);
  }

  static Stream<String> files() throws Exception {
    try (Stream<Path> files = Files.list(CLEAN)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void noRealLookingCredentialIn(String file) {
    assertThat(scan.findings())
        .filteredOn(f -> f.location().path().equals(file))
        .filteredOn(f -> !f.detection().isExample())
        .isEmpty();
  }

  @Test
  void examplesAndFixturesAreRecognisedNotReported() {
    ScanReport report = ScanReport.of(scan, KeyDirectory.none(), false, java.time.Duration.ZERO);
    assertThat(report.findings()).isEmpty();
    assertThat(report.examplesIgnored()).isPositive();
    List<String> examples = scan.findings().stream()
        .map(f -> f.location().path() + ":" + f.location().line() + " " + f.kind() + " " + f.detection().example())
        .toList();
    assertThat(examples).containsExactlyInAnyOrder(
        "examples.md:2 ACCESS_KEY_ID AWS documentation example",
        "examples.md:3 SECRET_ACCESS_KEY AWS documentation example",
        "examples.md:5 ACCESS_KEY_ID AWS documentation example",
        "examples.md:6 SECRET_ACCESS_KEY AWS documentation example",
        "examples.md:8 ACCESS_KEY_ID AWS documentation example",
        "examples.md:9 SESSION_TOKEN AWS documentation example",
        "examples.md:11 ACCESS_KEY_ID test fixture (repeated characters)",
        "examples.md:12 ACCESS_KEY_ID test fixture (fake)");
  }

  @Test
  void lockFilesAreSkippedByName() {
    assertThat(scan.stats().skipped()).containsEntry(SkipReason.LOCK_FILE, 1L);
  }
}
