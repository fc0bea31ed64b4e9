package dev.warden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code warden graph} against a real Warden home. */
class GraphCommandTest {
  static final String ARN = TestAccount.ARN;

  @TempDir Path dir;
  String home;

  @BeforeEach
  void account() {
    TestAccount.create(dir.resolve("home"));
    home = dir.resolve("home").toString();
  }

  @Test
  void jsonHasTheEscalationThroughLambda() throws Exception {
    CliRun run = CliRun.of("graph", "--home", home);
    assertThat(run.exit()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("edges").findValuesAsText("label"))
        .contains("iam:PassRole + lambda:CreateFunction (lambda.amazonaws.com)", "sts:AssumeRole");
  }

  @Test
  void writesDotAndSvgFiles() throws Exception {
    Path dot = dir.resolve("g.dot");
    Path svg = dir.resolve("g.svg");
    assertThat(CliRun.of("graph", "--home", home, "--format", "dot", "--out", dot.toString()).exit()).isZero();
    assertThat(CliRun.of("graph", "--home", home, "--format", "svg", "--out", svg.toString()).exit()).isZero();
    assertThat(Files.readString(dot)).startsWith("digraph warden {").contains("lambda.amazonaws.com");
    assertThat(Files.readString(svg)).startsWith("<?xml").contains("<svg", "deployer");
  }

  @Test
  void pngNeedsAFile() {
    CliRun run = CliRun.of("graph", "--home", home, "--format", "png");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--format png needs --out FILE");
  }
}
