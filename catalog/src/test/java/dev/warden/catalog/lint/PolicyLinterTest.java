package dev.warden.catalog.lint;

import static dev.warden.catalog.lint.TestPolicy.policy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.catalog.Catalog;
import dev.warden.policy.document.PolicyDocument;
import dev.warden.policy.document.PolicyKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the findings say; where they fire is the corpus test's job. */
class PolicyLinterTest {
  private static final PolicyLinter FILES = new PolicyLinter(Catalog.get(), PolicyLinter.Options.files());
  private static final PolicyLinter ACCOUNT =
      new PolicyLinter(Catalog.get(), new PolicyLinter.Options(Optional.of("111122223333"), false));

  private static List<Finding> of(PolicyLinter linter, PolicyDocument document, String code) {
    return linter.lint(document, PolicyKind.IDENTITY_MANAGED).stream().filter(f -> f.code().equals(code)).toList();
  }

  @Test
  void anEscalationCombinationNamesEveryStatementItNeeds() {
    PolicyDocument document = policy().allow("iam:PassRole").on("*").and().allow("lambda:CreateFunction", "lambda:InvokeFunction").on("*").build();
    List<Finding> findings = of(FILES, document, "PRIVILEGE_ESCALATION");
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).message())
        .contains("PassExistingRoleToNewLambdaThenInvoke (iam:PassRole + lambda:CreateFunction + lambda:InvokeFunction)")
        .contains("lambda:CreateFunction in Statement[1].Action[0] (201:1)")
        .doesNotContain("Only possible when");
  }

  @Test
  void anEscalationBehindAConditionSaysSo() {
    PolicyDocument document = policy().allow("iam:CreateAccessKey").on("*").when("Bool", "aws:MultiFactorAuthPresent", "true").build();
    assertThat(of(FILES, document, "PRIVILEGE_ESCALATION").get(0).message())
        .contains("only when aws:MultiFactorAuthPresent match").contains("Only possible when the statements' conditions match.");
  }

  @Test
  void aConditionalDenyIsNamed() {
    PolicyDocument document = policy().allow("iam:CreateAccessKey").on("*").and()
        .deny("iam:CreateAccessKey").on("*").when("StringNotEquals", "aws:RequestedRegion", "eu-west-1").build();
    assertThat(of(FILES, document, "PRIVILEGE_ESCALATION").get(0).message())
        .contains("A Deny in Statement[1].Action[0] (201:1) only when aws:RequestedRegion match blocks iam:CreateAccessKey then.");
  }

  @Test
  void accountModeLeavesEscalationToThePrincipalAnalysis() {
    PolicyDocument document = policy().allow("iam:CreateAccessKey").on("*").build();
    assertThat(of(ACCOUNT, document, "PRIVILEGE_ESCALATION")).isEmpty();
    assertThat(of(FILES, document, "PRIVILEGE_ESCALATION")).hasSize(1);
  }

  @Test
  void wildcardsInBoundariesAreNotFindings() {
    PolicyDocument document = policy().allow("*").on("*").build();
    assertThat(FILES.lint(document, PolicyKind.BOUNDARY)).isEmpty();
    assertThat(FILES.lint(document, PolicyKind.SCP)).isEmpty();
  }

  @Test
  void writeOnAllResourcesListsExamples() {
    PolicyDocument document = policy().allow("s3:PutObject").on("*").build();
    assertThat(of(FILES, document, "WRITE_ON_ALL_RESOURCES").get(0).message())
        .isEqualTo("Resource \"*\" with 1 Write or Permissions-management action(s) that can be limited to named resources (s3:PutObject). Name the resources in Resource.");
  }

  @Test
  void wildcardBehindAConditionSaysSo() {
    PolicyDocument document = policy().allow("s3:*").on("arn:aws:s3:::reports/*").when("IpAddress", "aws:SourceIp", "10.0.0.0/8").build();
    assertThat(of(FILES, document, "SERVICE_WIDE_WILDCARD").get(0).message())
        .endsWith("The statement applies only when its Condition (aws:SourceIp) matches.");
  }
}
