package dev.warden.insight.scan;

import static dev.warden.insight.scan.CredentialKind.ACCESS_KEY_ID;
import static dev.warden.insight.scan.CredentialKind.SECRET_ACCESS_KEY;
import static dev.warden.insight.scan.CredentialKind.SESSION_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Keys planted in many file types: each must be found exactly where planted, and nothing else. */
class PlantedCorpusTest {
  @TempDir static Path tree;
  static PlantedCorpus corpus;
  static TreeScan scan;

  /** One expected finding: file, line, kind, planted value, and for secrets the key id it pairs with. */
  record Expected(String file, int line, CredentialKind kind, String placeholder, String pairedWith) {
    static Expected of(String file, int line, CredentialKind kind, String placeholder) {
      return new Expected(file, line, kind, placeholder, null);
    }

    static Expected pair(String file, int line, CredentialKind kind, String placeholder, String keyPlaceholder) {
      return new Expected(file, line, kind, placeholder, keyPlaceholder);
    }
  }

  static final List<Expected> EXPECTED = List.of(
      Expected.of("app.py", 6, ACCESS_KEY_ID, "AKIA_1"),
      Expected.pair("app.py", 7, SECRET_ACCESS_KEY, "SECRET_1", "AKIA_1"),
      Expected.of("Main.java", 7, ACCESS_KEY_ID, "AKIA_2"),
      Expected.pair("Main.java", 7, SECRET_ACCESS_KEY, "SECRET_2", "AKIA_2"),
      Expected.of("upload.js", 6, ACCESS_KEY_ID, "AKIA_3"),
      Expected.pair("upload.js", 7, SECRET_ACCESS_KEY, "SECRET_3", "AKIA_3"),
      Expected.of("config.ts", 2, ACCESS_KEY_ID, "AKIA_4"),
      Expected.pair("config.ts", 3, SECRET_ACCESS_KEY, "SECRET_4", "AKIA_4"),
      Expected.of("main.go", 6, ACCESS_KEY_ID, "ASIA_5"),
      Expected.pair("main.go", 7, SECRET_ACCESS_KEY, "SECRET_5", "ASIA_5"),
      Expected.pair("main.go", 8, SESSION_TOKEN, "TOKEN_5", "ASIA_5"),
      Expected.of("main.tf", 3, ACCESS_KEY_ID, "AKIA_6"),
      Expected.pair("main.tf", 4, SECRET_ACCESS_KEY, "SECRET_6", "AKIA_6"),
      Expected.of("values.yaml", 5, ACCESS_KEY_ID, "AKIA_7"),
      Expected.pair("values.yaml", 6, SECRET_ACCESS_KEY, "SECRET_7", "AKIA_7"),
      Expected.of("settings.json", 4, ACCESS_KEY_ID, "ASIA_8"),
      Expected.pair("settings.json", 5, SECRET_ACCESS_KEY, "SECRET_8", "ASIA_8"),
      Expected.pair("settings.json", 6, SESSION_TOKEN, "TOKEN_8", "ASIA_8"),
      Expected.of("legacy.ini", 5, ACCESS_KEY_ID, "AKIA_9"),
      Expected.pair("legacy.ini", 6, SECRET_ACCESS_KEY, "SECRET_9", "AKIA_9"),
      Expected.of(".env", 2, ACCESS_KEY_ID, "AKIA_10"),
      Expected.pair(".env", 3, SECRET_ACCESS_KEY, "SECRET_10", "AKIA_10"),
      Expected.of("application.properties", 3, ACCESS_KEY_ID, "AKIA_11"),
      Expected.pair("application.properties", 4, SECRET_ACCESS_KEY, "SECRET_11", "AKIA_11"),
      Expected.of("analysis.ipynb", 12, ACCESS_KEY_ID, "AKIA_12"),
      Expected.of("analysis.ipynb", 18, SECRET_ACCESS_KEY, "SECRET_12"),
      Expected.of("Dockerfile", 2, ACCESS_KEY_ID, "AKIA_13"),
      Expected.pair("Dockerfile", 3, SECRET_ACCESS_KEY, "SECRET_13", "AKIA_13"),
      Expected.of(".bash_history", 2, ACCESS_KEY_ID, "AKIA_14"),
      Expected.pair(".bash_history", 3, SECRET_ACCESS_KEY, "SECRET_14", "AKIA_14"),
      Expected.of(".zsh_history", 1, ACCESS_KEY_ID, "ASIA_15"),
      Expected.pair(".zsh_history", 2, SECRET_ACCESS_KEY, "SECRET_15", "ASIA_15"),
      Expected.pair(".zsh_history", 3, SESSION_TOKEN, "TOKEN_15", "ASIA_15"),
      Expected.of("beans.xml", 4, ACCESS_KEY_ID, "AKIA_16"),
      Expected.pair("beans.xml", 5, SECRET_ACCESS_KEY, "SECRET_16", "AKIA_16"),
      Expected.of("notes.md", 2, ACCESS_KEY_ID, "ABIA_17"),
      Expected.of("notes.md", 3, ACCESS_KEY_ID, "ACCA_18"),
      Expected.of("deploy.sh", 3, SECRET_ACCESS_KEY, "SECRET_19"));

  @BeforeAll
  static void plantAndScan() throws Exception {
    corpus = new PlantedCorpus();
    corpus.writeTo(tree);
    scan = TreeScanner.withDefaults().scan(tree);
  }

  static Stream<String> files() {
    return EXPECTED.stream().map(Expected::file).distinct();
  }

  /** What a finding must look like, in comparable form. */
  static String describe(String file, int line, CredentialKind kind, String shown, String pairedKeyId) {
    return file + ":" + line + " " + kind + " " + shown + (pairedKeyId == null ? "" : " with " + pairedKeyId);
  }

  static String expectedLine(Expected e) {
    String value = corpus.value(e.placeholder());
    String shown = e.kind().isSecret() ? SecretMask.mask(value) : value;
    return describe(e.file(), e.line(), e.kind(), shown, e.pairedWith() == null ? null : corpus.value(e.pairedWith()));
  }

  static Set<String> actualLines(String file) {
    return scan.findings().stream()
        .filter(f -> file == null || f.location().path().equals(file))
        .map(f -> describe(f.location().path(), f.location().line(), f.kind(), f.detection().shown(),
            f.detection().pairedKeyId()))
        .collect(Collectors.toSet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void findsExactlyWhatWasPlantedIn(String file) {
    Set<String> expected = EXPECTED.stream().filter(e -> e.file().equals(file))
        .map(PlantedCorpusTest::expectedLine).collect(Collectors.toSet());
    assertThat(actualLines(file)).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void nothingElseAnywhere() {
    Set<String> expected = EXPECTED.stream().map(PlantedCorpusTest::expectedLine).collect(Collectors.toSet());
    assertThat(actualLines(null)).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(scan.findings()).noneMatch(f -> f.detection().isExample());
  }

  @Test
  void columnsPointAtTheValue() throws Exception {
    Map<String, Finding> byFile = scan.findings().stream()
        .filter(f -> f.location().path().equals("app.py") && f.kind() == ACCESS_KEY_ID)
        .collect(Collectors.toMap(f -> f.location().path(), f -> f));
    String line = java.nio.file.Files.readAllLines(tree.resolve("app.py")).get(5);
    assertThat(byFile.get("app.py").location().column()).isEqualTo(line.indexOf(corpus.value("AKIA_1")) + 1);
  }
}
