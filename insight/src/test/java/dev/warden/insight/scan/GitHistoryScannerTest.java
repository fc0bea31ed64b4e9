package dev.warden.insight.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key committed and then removed is still found in history, at the commit that added it. */
class GitHistoryScannerTest {
  @TempDir Path dir;
  final FakeCredentials fakes = new FakeCredentials(7);

  @Test
  void findsAKeyCommittedThenRemoved() throws Exception {
    String keyId = fakes.keyId("AKIA");
    String secret = fakes.secret();
    GitRepo repo = new GitRepo(dir);
    Files.writeString(dir.resolve("README.md"), "# demo\n");
    repo.commitAll("first");
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/settings.py"), "DEBUG = True\nAWS_ACCESS_KEY_ID = '" + keyId
        + "'\nAWS_SECRET_ACCESS_KEY = '" + secret + "'\n");
    String leaked = repo.commitAll("add settings");
    Files.writeString(dir.resolve("src/settings.py"), "DEBUG = True\nimport os\n");
    repo.commitAll("remove keys");
    Files.writeString(dir.resolve("src/settings.py"), "DEBUG = False\nAWS_ACCESS_KEY_ID = '" + keyId + "'\n");
    repo.commitAll("the key id comes back: reported once, at the commit that first added it");

    GitHistoryScanner scanner = GitHistoryScanner.withDefaults();
    assertThat(scanner.isWorkTree(dir)).isTrue();
    TreeScan history = scanner.scan(dir);

    List<String> found = history.findings().stream()
        .map(f -> f.location().commit() + " " + f.location().path() + ":" + f.location().line() + " " + f.kind()
            + " " + f.detection().shown())
        .toList();
    assertThat(found).containsExactly(
        leaked + " src/settings.py:2 ACCESS_KEY_ID " + keyId,
        leaked + " src/settings.py:3 SECRET_ACCESS_KEY " + SecretMask.mask(secret));
    assertThat(history.stats().commitsScanned()).isEqualTo(4);
    assertThat(TreeScanner.withDefaults().scan(dir).findings())
        .extracting(f -> f.location().line()).containsExactly(2);
  }

  @Test
  void aSubfolderSeesOnlyItsOwnHistoryWithPathsRelativeToIt() throws Exception {
    String keyId = fakes.keyId("AKIA");
    GitRepo repo = new GitRepo(dir);
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("a/x.env"), "\nAWS_ACCESS_KEY_ID=" + keyId + "\n");
    Files.writeString(dir.resolve("b/y.env"), "AWS_ACCESS_KEY_ID=" + fakes.keyId("AKIA") + "\n");
    repo.commitAll("two folders");

    TreeScan history = GitHistoryScanner.withDefaults().scan(dir.resolve("a"));

    assertThat(history.findings()).extracting(f -> f.location().path() + ":" + f.location().line())
        .containsExactly("x.env:2");
  }

  @Test
  void aPlainFolderIsNotAWorkTree() {
    assertThat(GitHistoryScanner.withDefaults().isWorkTree(dir)).isFalse();
  }
}
