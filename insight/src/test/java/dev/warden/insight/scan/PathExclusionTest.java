package dev.warden.insight.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathExclusionTest {
  @ParameterizedTest(name = "{0} excludes {1}: {2}")
  @CsvSource({
      "target, server/target/surefire-reports/x.txt, true",
      "target, target, true",
      "target, src/targets.txt, false",
      "*.log, logs/app.log, true",
      "*.log, logs/app.log.txt, false",
      "docs/**, docs/a/b.md, true",
      "docs/**, src/docs/a.md, false",
      "build/generated, build/generated/x/y.java, true",
      "build/generated, build/other/y.java, false",
      "build/generated/, build/generated/y.java, true"})
  void matches(String glob, String path, boolean excluded) {
    assertThat(PathExclusion.of(List.of(glob)).excludes(path)).isEqualTo(excluded);
  }
}
