package dev.warden.catalog.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.document.SourcePosition;
import dev.warden.policy.parse.PolicyParseException;
import dev.warden.policy.parse.PolicyParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

  @Test
  void grammarProblemsBecomeErrorsCodedFromAwsErrors() {
    PolicyParseException e = assertThrows(PolicyParseException.class,
        () -> PolicyParser.standard().parse("{\"Version\": \"2012-10-17\", \"Statement\": ", PolicyKind.IDENTITY_MANAGED));
    List<Finding> findings = Finding.grammarErrors(e);
    assertThat(findings).isNotEmpty().allSatisfy(finding -> {
      assertThat(finding.type()).isEqualTo(FindingType.ERROR);
      assertThat(finding.code()).isEqualTo("MALFORMED_POLICY_DOCUMENT");
    });
  }

  @ParameterizedTest
  @CsvSource({
      "MalformedPolicyDocument, MALFORMED_POLICY_DOCUMENT",
      "LimitExceeded, LIMIT_EXCEEDED",
      "InvalidInput, INVALID_INPUT"})
  void awsCodesBecomeUpperSnake(String awsCode, String findingCode) {
    assertThat(Finding.upperSnake(awsCode)).isEqualTo(findingCode);
  }
}
