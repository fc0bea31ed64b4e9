package dev.warden.insight.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every output format over the planted corpus (and its git history): secrets masked, key ids whole. */
class ScanReportFormatsTest {
  @TempDir static Path tree;
  static PlantedCorpus corpus;
  static ScanReport report;

  @BeforeAll
  static void scan() throws Exception {
    corpus = new PlantedCorpus();
    corpus.writeTo(tree);
    GitRepo repo = new GitRepo(tree);
    repo.commitAll("corpus");
    Files.writeString(tree.resolve("removed.env"), corpus.fill("AWS_SESSION_TOKEN=@@TOKEN_90@@\n"));
    repo.commitAll("token");
    Files.delete(tree.resolve("removed.env"));
    repo.commitAll("gone");
    TreeScan files = TreeScanner.withDefaults().scan(tree);
    TreeScan history = GitHistoryScanner.withDefaults().scan(tree);
    java.util.List<Finding> all = new java.util.ArrayList<>(files.findings());
    all.addAll(history.findings());
    report = ScanReport.of(new TreeScan(all, files.stats().plus(history.stats())), KeyDirectory.none(), true,
        Duration.ofMillis(5));
  }

  static Stream<Arguments> formats() {
    return Stream.of(
        Arguments.of("text", (Function<ScanReport, String>) ScanTextReport::render),
        Arguments.of("json", (Function<ScanReport, String>) ScanJsonReport::render),
        Arguments.of("sarif", (Function<ScanReport, String>) ScanSarifReport::render));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void neverShowsASecretOrTokenUnmasked(String format, Function<ScanReport, String> render) {
    String out = render.apply(report);
    assertThat(corpus.secretValues()).hasSizeGreaterThan(15);
    for (String secret : corpus.secretValues()) {
      assertThat(out).doesNotContain(secret).doesNotContain(secret.substring(0, 12))
          .doesNotContain(secret.substring(secret.length() - 12));
    }
    assertThat(out).contains(SecretMask.mask(corpus.value("SECRET_1")), corpus.value("AKIA_1"),
        SecretMask.mask(corpus.value("TOKEN_90")));
  }

  @Test
  void findingsHoldNoPlainSecretEvenInToString() {
    String dump = report.toString();
    for (String secret : corpus.secretValues()) {
      assertThat(dump).doesNotContain(secret);
    }
  }

  @Test
  void sarifIsVersion210WithOneResultPerFinding() throws Exception {
    JsonNode sarif = new ObjectMapper().readTree(ScanSarifReport.render(report));
    assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
    assertThat(sarif.path("$schema").asText()).contains("sarif-2.1.0");
    JsonNode run = sarif.path("runs").get(0);
    assertThat(run.path("tool").path("driver").path("rules")).hasSize(CredentialKind.values().length);
    assertThat(run.path("results")).hasSize(report.findings().size());
    JsonNode first = run.path("results").get(0);
    assertThat(first.path("level").asText()).isEqualTo("error");
    assertThat(first.path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt())
        .isPositive();
    assertThat(run.path("results").findValuesAsText("commit")).isNotEmpty();
  }

  @Test
  void jsonCarriesPlaceKindAndLiveness() throws Exception {
    JsonNode json = new ObjectMapper().readTree(ScanJsonReport.render(report));
    JsonNode appKey = null;
    for (JsonNode f : json.path("findings")) {
      if (f.path("path").asText().equals("app.py") && f.path("kind").asText().equals("ACCESS_KEY_ID")
          && !f.has("commit")) {
        appKey = f;
      }
    }
    assertThat(appKey).isNotNull();
    assertThat(appKey.path("value").asText()).isEqualTo(corpus.value("AKIA_1"));
    assertThat(appKey.path("line").asInt()).isEqualTo(6);
    assertThat(appKey.path("live").asBoolean()).isTrue();
    assertThat(appKey.path("warden").path("status").asText()).isEqualTo("NOT_CHECKED");
    assertThat(json.path("summary").path("live").asLong()).isEqualTo(report.liveCount());
  }
}
