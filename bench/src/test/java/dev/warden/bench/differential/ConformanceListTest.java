package dev.warden.bench.differential;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConformanceListTest {
  private static final String DOC = """
      # Conformance

      ## Known differences

      ### `session-policy-vs-session-principal` — a resource policy naming the session
      text `c000001` is not an excuse here

      ### `scp-on-service-principal`

      ## Open bugs

      ### `bug:ipv6-cidr`
      Cases: `c000042`, `c000043`.

      ## Appendix
      `c000099`
      """;

  private final ConformanceList list = ConformanceList.parse(DOC);

  @Test
  void readsCategoryHeadingsOutsideAndInsideOpenBugs() {
    assertThat(list.justified()).containsExactlyInAnyOrder("session-policy-vs-session-principal", "scp-on-service-principal");
    assertThat(list.openBugs()).containsExactly("bug:ipv6-cidr");
    assertThat(list.excusedCases()).containsExactlyInAnyOrder("c000042", "c000043");
  }

  @ParameterizedTest
  @CsvSource({
      "session-policy-vs-session-principal, c000500, true",
      "scp-on-service-principal, c000500, true",
      "bug:ipv6-cidr, c000500, true",
      "unclassified:ALLOWED-vs-IMPLICIT_DENY:IDENTITY_ALLOWS, c000042, true",
      "unclassified:ALLOWED-vs-IMPLICIT_DENY:IDENTITY_ALLOWS, c000001, false",
      "unclassified:ALLOWED-vs-IMPLICIT_DENY:IDENTITY_ALLOWS, c000099, false",
      "some-other-code, c000500, false"})
  void accountsForListedCategoriesAndOpenBugCases(String category, String caseId, boolean accounted) {
    assertThat(list.accounts(category, caseId)).isEqualTo(accounted);
  }
}
