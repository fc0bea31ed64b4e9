package dev.warden.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.catalog.lint.Finding;
import dev.warden.catalog.lint.FindingLocation;
import dev.warden.catalog.lint.FindingType;
import dev.warden.policy.document.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FindingReportsTest {

  @TempDir Path dir;

  static Map<String, List<Finding>> oneFinding(FindingType type) {
    return Map.of("a.json", List.of(),
        "b.json", List.of(new Finding(type, "X", "m", FindingLocation.statement(0, SourcePosition.UNKNOWN))));
  }

  @ParameterizedTest
  @CsvSource({
      "ERROR, ERROR, true",
      "ERROR, SUGGESTION, true",
      "SECURITY_WARNING, ERROR, false",
      "WARNING, SECURITY_WARNING, false",
      "WARNING, WARNING, true",
      "SUGGESTION, WARNING, false"})
  void aFindingFailsTheRunWhenAtLeastAsSevereAsFailOn(FindingType found, FindingType failOn, boolean fails) {
    assertThat(FindingReports.reaches(oneFinding(found), failOn)).isEqualTo(fails);
  }

  @Test
  void noFindingsNeverFail() {
    assertThat(FindingReports.reaches(Map.of("a.json", List.of()), FindingType.SUGGESTION)).isFalse();
  }

  @Test
  void filesAreCheckedInOrderAndAnUnreadableOneIsNamed() throws IOException {
    Path first = Files.writeString(dir.resolve("first.json"), "one");
    Path second = Files.writeString(dir.resolve("second.json"), "two");
    assertThat(FindingReports.ofFiles(List.of(second, first), text -> List.of()).keySet())
        .containsExactly(second.toString(), first.toString());

    Path missing = dir.resolve("missing.json");
    assertThatThrownBy(() -> FindingReports.ofFiles(List.of(first, missing), text -> List.of()))
        .isInstanceOf(IOException.class).hasMessageStartingWith(missing + ": cannot read: ");
  }

  @Test
  void sarifNamesWarden() {
    assertThat(FindingReports.sarif(oneFinding(FindingType.ERROR))).contains("\"warden\"").contains("2.1.0");
  }
}
