package dev.warden.catalog.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.catalog.Catalog;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.parse.PolicyParser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lint corpus (src/test/resources/lint-corpus): policies written from AWS's documented risks.
 * Every bad policy has a {@code .expected} file beside it listing each finding as
 * {@code CODE JSON-PATH LINE:COLUMN}; the linter must report exactly those. Good policies must
 * have no finding at all. The folder under bad/ or good/ says what the policy is used as.
 */
class PolicyLinterCorpusTest {
  static final String OWN_ACCOUNT = "111122223333";
  private static final PolicyLinter LINTER =
      new PolicyLinter(Catalog.get(), new PolicyLinter.Options(Optional.of(OWN_ACCOUNT), true));
  private static final Map<String, PolicyKind> KINDS = Map.of(
      "identity", PolicyKind.IDENTITY_MANAGED, "trust", PolicyKind.TRUST,
      "scp", PolicyKind.SCP, "boundary", PolicyKind.BOUNDARY, "resource", PolicyKind.RESOURCE);

  static Path corpus() throws URISyntaxException {
    return Path.of(PolicyLinterCorpusTest.class.getResource("/lint-corpus").toURI());
  }

  static Stream<Path> policies() throws IOException, URISyntaxException {
    Path root = corpus();
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().map(root::relativize).toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("policies")
  void reportsExactlyTheAnnotatedFindings(Path policy) throws Exception {
    Path file = corpus().resolve(policy);
    PolicyKind kind = KINDS.get(policy.getName(1).toString());
    List<String> actual = lint(file, kind);
    if (policy.getName(0).toString().equals("good")) {
      assertThat(actual).as("findings on a good policy").isEmpty();
    } else {
      List<String> expected = expected(file);
      assertThat(expected).as("a bad policy names its findings").isNotEmpty();
      assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  /** Every document check of lint has a bad policy that shows it. */
  @Test
  void everyDocumentCheckIsShownByTheBadCorpus() throws Exception {
    Set<String> shown;
    try (Stream<Path> files = Files.walk(corpus().resolve("bad"))) {
      shown = files.filter(p -> p.toString().endsWith(".expected")).flatMap(p -> {
        try {
          return expected(p.resolveSibling(p.getFileName().toString().replace(".expected", ".json"))).stream();
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }).map(line -> line.split(" ")[0]).collect(Collectors.toSet());
    }
    Set<LintCheck> accountChecks = EnumSet.of(LintCheck.STALE_ACCESS_KEY, LintCheck.UNUSED_ACCESS_KEY,
        LintCheck.UNUSED_ROLE, LintCheck.UNATTACHED_POLICY);
    for (LintCheck check : LintCheck.values()) {
      if (!accountChecks.contains(check)) {
        assertThat(shown).as("bad corpus shows " + check).contains(check.name());
      }
    }
  }

  static List<String> lint(Path file, PolicyKind kind) throws Exception {
    var document = PolicyParser.standard().parse(Files.readString(file), kind);
    return LINTER.lint(document, kind).stream()
        .map(f -> f.code() + " " + f.location().jsonPath() + " " + f.location().position())
        .toList();
  }

  static List<String> expected(Path policy) throws IOException {
    Path annotations = policy.resolveSibling(policy.getFileName().toString().replace(".json", ".expected"));
    if (!Files.exists(annotations)) {
      return List.of();
    }
    return Files.readAllLines(annotations).stream().map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
  }
}
