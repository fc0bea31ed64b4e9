package dev.warden.catalog.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.policy.document.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FindingTest {
  private static final FindingLocation HERE = FindingLocation.statement(0, SourcePosition.UNKNOWN);

  @ParameterizedTest
  @ValueSource(strings = {"invalid_action", "Invalid", "INVALID-ACTION", "_X", "X__Y", ""})
  void codesMustBeUpperSnake(String code) {
    assertThatThrownBy(() -> new Finding(FindingType.ERROR, code, "m", HERE)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyCheckHasAValidCodeAndSummary() {
    for (CatalogCheck check : CatalogCheck.values()) {
      Finding finding = Finding.of(check, "m", HERE);
      assertThat(finding.type()).isEqualTo(check.type());
      assertThat(CatalogCheck.byCode(finding.code())).contains(check);
      assertThat(check.summary()).endsWith(".");
    }
  }

  @Test
  void locationsRenderAsJsonPaths() {
    assertThat(FindingLocation.entry(2, "NotAction", 3, SourcePosition.UNKNOWN).jsonPath()).isEqualTo("Statement[2].NotAction[3]");
    assertThat(FindingLocation.condition(0, "StringEquals", "aws:SourceVpc", SourcePosition.UNKNOWN).jsonPath())
        .isEqualTo("Statement[0].Condition.StringEquals.aws:SourceVpc");
    assertThat(FindingLocation.element(1, "NotAction", SourcePosition.UNKNOWN).jsonPath()).isEqualTo("Statement[1].NotAction");
  }
}
