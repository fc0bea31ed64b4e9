package dev.warden.policy.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.policy.document.PolicyKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quotas of IAM User Guide reference_iam-quotas.html and Organizations orgs_reference_limits.html. */
class PolicySizeLimitsTest {
  private final PolicySizeLimits limits = PolicySizeLimits.defaults();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "IDENTITY_MANAGED, 6144",
    "BOUNDARY, 6144",
    "IDENTITY_INLINE_USER, 2048",
    "IDENTITY_INLINE_GROUP, 5120",
    "IDENTITY_INLINE_ROLE, 10240",
    "TRUST, 2048",
    "SESSION, 2048",
    "RESOURCE, 20480",
    "SCP, 5120",
    "RCP, 5120"
  })
  void defaultQuotas(PolicyKind kind, int expected) {
    assertThat(limits.limit(kind)).isEqualTo(expected);
    assertThat(limits.checkDocument(kind, "x".repeat(expected))).isEmpty();
    assertThat(limits.checkDocument(kind, "x".repeat(expected + 1))).isPresent();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "IDENTITY_MANAGED, 5",
    "TRUST, 5",
    "IDENTITY_INLINE_USER, 5",
    "SCP, 10",
    "RCP, 10",
    "SESSION, 10"
  })
  void whitespaceCountsOnlyForOrganizationsAndSessionPolicies(PolicyKind kind, int expected) {
    assertThat(PolicySizeLimits.measure(kind, "{ \t\r\n\"a\" }")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "IDENTITY_INLINE_USER|bob|LIMIT_EXCEEDED|Maximum policy size of 2048 bytes exceeded for user bob",
        "IDENTITY_INLINE_GROUP|admins|LIMIT_EXCEEDED|Maximum policy size of 5120 bytes exceeded for group admins",
        "IDENTITY_INLINE_ROLE|r|LIMIT_EXCEEDED|Maximum policy size of 10240 bytes exceeded for role r",
      })
  void aggregateInlineQuotasNameTheEntity(PolicyKind kind, String name, PolicyErrorClass errorClass, String message) {
    assertThat(limits.checkAggregate(kind, limits.limit(kind), name)).isEmpty();
    PolicyProblem problem = limits.checkAggregate(kind, limits.limit(kind) + 1, name).orElseThrow();
    assertThat(problem.errorClass()).isEqualTo(errorClass);
    assertThat(problem.message()).isEqualTo(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "IDENTITY_MANAGED|LIMIT_EXCEEDED|Cannot exceed quota for PolicySize: 6144",
        "TRUST|LIMIT_EXCEEDED|Cannot exceed quota for ACLSizePerRole: 2048",
        "SESSION|VALIDATION_ERROR|Member must have length less than or equal to 2048",
        "SCP|ORGANIZATIONS_CONSTRAINT_VIOLATION|The policy content exceeds the maximum size of 5120 characters.",
      })
  void documentQuotaMessages(PolicyKind kind, PolicyErrorClass errorClass, String message) {
    PolicyProblem problem = limits.checkDocument(kind, "x".repeat(limits.limit(kind) + 1)).orElseThrow();
    assertThat(problem.errorClass()).isEqualTo(errorClass);
    assertThat(problem.message()).isEqualTo(message);
    assertThat(problem.detail()).contains(String.valueOf(limits.limit(kind) + 1));
  }

  @ParameterizedTest
  @CsvSource({"0", "-1", "131073"})
  void rejectsImpossibleQuotas(int limit) {
    assertThatThrownBy(() -> limits.withLimit(PolicyKind.TRUST, limit)).isInstanceOf(IllegalArgumentException.class);
  }

  @org.junit.jupiter.api.Test
  void withLimitLeavesTheOriginalUnchanged() {
    PolicySizeLimits raised = limits.withLimit(PolicyKind.TRUST, 4_096);
    assertThat(raised.limit(PolicyKind.TRUST)).isEqualTo(4_096);
    assertThat(limits.limit(PolicyKind.TRUST)).isEqualTo(2_048);
  }
}
