package dev.warden.catalog.lint;

import static dev.warden.catalog.lint.TestPolicy.policy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.catalog.Catalog;
import dev.warden.policy.document.PolicyDocument;
import dev.warden.policy.document.PolicyKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkBudgetTest {
  @Test
  void spendsUntilEmptyAndNeverGoesNegative() {
    WorkBudget budget = new WorkBudget(10);
    assertThat(budget.spend(4)).isTrue();
    assertThat(budget.spend(6)).isTrue();
    assertThat(budget.exhausted()).isTrue();
    assertThat(budget.spend(1)).isFalse();
    WorkBudget small = new WorkBudget(5);
    assertThat(small.spend(6)).isFalse();
    assertThat(small.exhausted()).isTrue();
  }

  @Test
  void anExhaustedBudgetSuppressesRedundancyFindingsInsteadOfGuessing() {
    PolicyDocument document = policy().allow("s3:Get*", "s3:GetObject*").on("*").build();
    assertThat(new CatalogValidator(Catalog.get()).check(document, PolicyKind.IDENTITY_MANAGED))
        .extracting(Finding::code).containsExactly("REDUNDANT_ACTION");
    assertThat(new CatalogValidator(Catalog.get(), 1).check(document, PolicyKind.IDENTITY_MANAGED)).isEmpty();
  }

  /** Hundreds of broad, distinct patterns: validation finishes and reports only real findings. */
  @Test
  void manyBroadPatternsStayBounded() {
    List<String> patterns = new ArrayList<>();
    for (char a = 'a'; a <= 'z'; a++) {
      for (char b = 'a'; b <= 'z'; b++) {
        patterns.add("*:*" + a + b + "*");
      }
    }
    TestPolicy builder = policy();
    for (int i = 0; i < 4; i++) {
      builder = builder.allow(patterns.toArray(new String[0])).on("*").and();
    }
    List<Finding> findings = new CatalogValidator(Catalog.get()).check(builder.build(), PolicyKind.IDENTITY_MANAGED);
    assertThat(findings).extracting(Finding::code)
        .containsOnly("UNMATCHED_ACTION_PATTERN", "REDUNDANT_STATEMENT", "PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE");
  }
}
