package dev.warden.insight.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the walk reads and what it leaves alone. */
class TreeScannerTest {
  @TempDir Path dir;
  final FakeCredentials fakes = new FakeCredentials(11);

  private String line() {
    return "AWS_ACCESS_KEY_ID=" + fakes.keyId("AKIA") + "\n";
  }

  @Test
  void skipsBinaryLargeLockAndVersionControlFilesButReadsDependencies() throws Exception {
    Files.writeString(dir.resolve("ok.env"), line());
    Files.createDirectories(dir.resolve("node_modules/pkg"));
    Files.writeString(dir.resolve("node_modules/pkg/index.js"), line());
    Files.createDirectories(dir.resolve(".git/objects"));
    Files.writeString(dir.resolve(".git/config"), line());
    Files.writeString(dir.resolve("yarn.lock"), line());
    Files.write(dir.resolve("image.bin"), (line() + "\0\1\2").getBytes());
    Files.writeString(dir.resolve("big.txt"), line() + "x".repeat(2000));

    TreeScan scan = new TreeScanner(new CredentialDetector(), 1000, 2).scan(dir);

    assertThat(scan.findings()).extracting(f -> f.location().path())
        .containsExactlyInAnyOrder("ok.env", "node_modules/pkg/index.js");
    assertThat(scan.stats().skipped()).containsEntry(SkipReason.BINARY, 1L).containsEntry(SkipReason.TOO_LARGE, 1L)
        .containsEntry(SkipReason.LOCK_FILE, 1L);
    assertThat(scan.stats().filesScanned()).isEqualTo(2);
  }

  @Test
  void followsNoSymbolicLink() throws Exception {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("keys.env"), line());
    Path tree = Files.createDirectories(dir.resolve("tree"));
    Files.createSymbolicLink(tree.resolve("linked-dir"), outside);
    Files.createSymbolicLink(tree.resolve("linked.env"), outside.resolve("keys.env"));

    TreeScan scan = TreeScanner.withDefaults().scan(tree);

    assertThat(scan.findings()).isEmpty();
    assertThat(scan.stats().skipped()).containsEntry(SkipReason.SYMLINK, 2L);
  }

  @Test
  void aSingleFileIsShownByItsName() throws Exception {
    Path file = dir.resolve("one.env");
    Files.writeString(file, "\n" + line());

    TreeScan scan = TreeScanner.withDefaults().scan(file);

    assertThat(scan.findings()).extracting(f -> f.location().toString()).containsExactly("one.env:2:19");
  }
}
