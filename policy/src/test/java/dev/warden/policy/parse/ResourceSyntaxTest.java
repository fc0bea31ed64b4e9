package dev.warden.policy.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Resource formats: IAM User Guide reference_policies_elements_resource.html; messages per iam-semantics.md §1.14. */
class ResourceSyntaxTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "*", "arn:aws:s3:::b", "arn:aws:s3:::b/*", "arn:aws:ec2:us-east-1:123456789012:instance/*", "arn:aws:iam::123456789012:user/*",
    "arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::*:*", "arn:aws:iam::123456789012:root", "arn:aws:ec2:us-east-1:123",
    "arn:aws:sqs:*:*:q", "arn:aws-iso-b:kms:*:*:key/*", "arn:aws:iam::123456789012:oidc-provider/x",
  })
  void accepts(String resource) {
    assertThat(ResourceSyntax.problem(resource)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "b|RESOURCE_FORMAT",
        "arn|RESOURCE_FORMAT",
        "arn:bad:s3:::b|RESOURCE_FORMAT",
        "arn:*:s3:::b|RESOURCE_FORMAT",
        "arn:aws|RESOURCE_FORMAT",
        "arn:aws:*:::b|RESOURCE_FORMAT",
        "arn:aws:iam:*:1:user/x|RESOURCE_FORMAT",
        "arn:aws:iam|RESOURCE_FORMAT",
        "arn:aws:iam::1:group|RESOURCE_FORMAT",
        "arn:aws:s3:x::b|RESOURCE_FORMAT",
        "arn:aws::::b|LEGACY",
        "arn:aws:ec2::1|LEGACY",
      })
  void rejectsAtTheStageAwsNoticesIt(String resource, CheckStage stage) {
    assertThat(ResourceSyntax.problem(resource)).get().extracting(ResourceSyntax.Failure::stage).isEqualTo(stage);
  }
}
