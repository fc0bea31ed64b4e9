package dev.warden.catalog.lint;

import static dev.warden.catalog.lint.TestPolicy.policy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.catalog.Catalog;
import dev.warden.policy.document.PolicyDocument;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.document.SourcePosition;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogValidatorTest {
  private static final CatalogValidator VALIDATOR = new CatalogValidator(Catalog.get());
  private static final PolicyKind IDENTITY = PolicyKind.IDENTITY_MANAGED;

  private static List<Finding> check(PolicyDocument document) {
    return VALIDATOR.check(document, IDENTITY);
  }

  /** name, document, expected "CODE@path" of every finding, in order. */
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("valid object read", policy().allow("s3:GetObject").on("arn:aws:s3:::bucket/*").build(), List.of()),
        Arguments.of("unknown service", policy().allow("s4:GetObject").on("*").build(),
            List.of("INVALID_SERVICE_IN_ACTION@Statement[0].Action[0]")),
        Arguments.of("unknown action", policy().allow("s3:GetObject", "s3:GetObjet").on("*").build(),
            List.of("INVALID_ACTION@Statement[0].Action[1]")),
        Arguments.of("pattern matching nothing", policy().allow("s3:Gett*").on("*").build(),
            List.of("UNMATCHED_ACTION_PATTERN@Statement[0].Action[0]")),
        Arguments.of("service pattern matching nothing", policy().allow("zzz*:Get*").on("*").build(),
            List.of("UNMATCHED_ACTION_PATTERN@Statement[0].Action[0]")),
        Arguments.of("unknown names in NotAction too", policy().denyNot("s3:GetObjet").on("*").build(),
            List.of("INVALID_ACTION@Statement[0].NotAction[0]")),
        Arguments.of("ListBucket on objects", policy().allow("s3:ListBucket").on("arn:aws:s3:::bucket/*").build(),
            List.of("UNSUPPORTED_RESOURCE_FOR_ACTIONS@Statement[0].Resource[0]")),
        Arguments.of("one action fits the resource", policy().allow("s3:ListBucket", "s3:GetObject").on("arn:aws:s3:::bucket/*").build(), List.of()),
        Arguments.of("action that supports only *", policy().allow("s3:ListAllMyBuckets").on("arn:aws:s3:::bucket").build(),
            List.of("UNSUPPORTED_RESOURCE_FOR_ACTIONS@Statement[0].Resource[0]")),
        Arguments.of("resource of another service", policy().allow("s3:GetObject").on("arn:aws:dynamodb:us-east-1:123456789012:table/T").build(),
            List.of("UNSUPPORTED_RESOURCE_FOR_ACTIONS@Statement[0].Resource[0]")),
        Arguments.of("second resource is the wrong one",
            policy().allow("s3:ListBucket").on("arn:aws:s3:::bucket", "arn:aws:s3:::bucket/*").build(),
            List.of("UNSUPPORTED_RESOURCE_FOR_ACTIONS@Statement[0].Resource[1]")),
        Arguments.of("* action is not checked against resources", policy().deny("*").on("arn:aws:s3:::bucket").build(), List.of()),
        Arguments.of("policy variables in resources",
            policy().allow("s3:GetObject").on("arn:aws:s3:::bucket/${aws:username}/*").build(), List.of()),
        Arguments.of("key of another service", policy().allow("iam:PassRole").on("arn:aws:iam::123456789012:role/R")
            .when("NumericGreaterThan", "s3:TlsVersion", "1.2").build(),
            List.of("UNSUPPORTED_CONDITION_KEY@Statement[0].Condition.NumericGreaterThan.s3:TlsVersion")),
        Arguments.of("supported service key and global keys", policy().allow("iam:PassRole").on("arn:aws:iam::123456789012:role/R")
            .when("StringEquals", "iam:PassedToService", "ec2.amazonaws.com")
            .when("IpAddress", "aws:SourceIp", "10.0.0.0/8", "2001:db8::/32")
            .when("Bool", "aws:MultiFactorAuthPresent", "true").build(), List.of()),
        Arguments.of("resource-level template key", policy().allow("s3:GetObject").on("arn:aws:s3:::b/*")
            .when("StringEquals", "s3:ExistingObjectTag/classification", "public").build(), List.of()),
        Arguments.of("unknown global key", policy().allow("s3:GetObject").on("*").when("Bool", "aws:SecureTransportt", "true").build(),
            List.of("INVALID_GLOBAL_CONDITION_KEY@Statement[0].Condition.Bool.aws:SecureTransportt")),
        Arguments.of("unknown service key", policy().allow("s3:GetObject").on("*").when("NumericLessThan", "s3:TlsVersionn", "1.2").build(),
            List.of("INVALID_SERVICE_CONDITION_KEY@Statement[0].Condition.NumericLessThan.s3:TlsVersionn")),
        Arguments.of("identity-provider keys are left alone", policy().allow("sts:AssumeRoleWithWebIdentity").on("*")
            .when("StringLike", "token.actions.githubusercontent.com:sub", "repo:org/*").build(), List.of()),
        Arguments.of("keys sts declares for other providers", policy().allow("sts:AssumeRoleWithSAML").on("*")
            .when("StringEquals", "saml:aud", "https://signin.aws.amazon.com/saml").build(), List.of()),
        Arguments.of("Bool value", policy().allow("s3:GetObject").on("*").when("Bool", "aws:SecureTransport", "yes").build(),
            List.of("TYPE_MISMATCH_BOOL@Statement[0].Condition.Bool.aws:SecureTransport")),
        Arguments.of("Numeric value", policy().allow("s3:GetObject").on("*").when("NumericLessThan", "s3:TlsVersion", "one").build(),
            List.of("TYPE_MISMATCH_NUMBER@Statement[0].Condition.NumericLessThan.s3:TlsVersion")),
        Arguments.of("Date values", policy().allow("s3:GetObject").on("*")
            .when("DateGreaterThan", "aws:CurrentTime", "2026-01-01T00:00:00Z")
            .when("DateLessThan", "aws:CurrentTime", "1767225600")
            .when("DateLessThan", "aws:TokenIssueTime", "tomorrow").build(),
            List.of("TYPE_MISMATCH_DATE@Statement[0].Condition.DateLessThan.aws:TokenIssueTime")),
        Arguments.of("IP values", policy().allow("s3:GetObject").on("*").when("NotIpAddress", "aws:SourceIp", "300.1.1.1", "::1").build(),
            List.of("TYPE_MISMATCH_IP_RANGE@Statement[0].Condition.NotIpAddress.aws:SourceIp")),
        Arguments.of("ARN values", policy().allow("s3:GetObject").on("*")
            .when("ArnLike", "aws:SourceArn", "arn:aws:sns:*:*:topic")
            .when("ArnEquals", "aws:PrincipalArn", "my-role").build(),
            List.of("TYPE_MISMATCH_ARN@Statement[0].Condition.ArnEquals.aws:PrincipalArn")),
        Arguments.of("policy variables are not type-checked", policy().allow("s3:GetObject").on("*")
            .when("ArnEquals", "aws:PrincipalArn", "${aws:SourceArn}").build(), List.of()),
        Arguments.of("operator of the wrong type", policy().allow("s3:GetObject").on("*")
            .when("StringEquals", "s3:TlsVersion", "1.2")
            .when("StringLikeIfExists", "aws:CurrentTime", "2026*").build(),
            List.of("TYPE_MISMATCH@Statement[0].Condition.StringEquals.s3:TlsVersion",
                "TYPE_MISMATCH@Statement[0].Condition.StringLikeIfExists.aws:CurrentTime")),
        Arguments.of("ForAllValues on a single-valued key", policy().allow("s3:GetObject").on("*")
            .when("ForAllValues:StringEquals", "aws:SourceVpc", "vpc-1")
            .when("ForAllValues:StringEquals", "aws:TagKeys", "team").build(),
            List.of("FORALLVALUES_WITH_SINGLE_VALUED_KEY@Statement[0].Condition.ForAllValues:StringEquals.aws:SourceVpc")),
        Arguments.of("Allow with NotAction", policy().allowNot("iam:*").on("*").build(),
            List.of("ALLOW_WITH_NOT_ACTION@Statement[0].NotAction")),
        Arguments.of("Deny with NotAction is fine", policy().denyNot("iam:*").on("*").build(), List.of()),
        Arguments.of("PassRole on *", policy().allow("iam:PassRole").on("*").build(),
            List.of("PASS_ROLE_WITH_STAR_IN_RESOURCE@Statement[0].Resource[0]")),
        Arguments.of("wildcard including PassRole on *", policy().allow("iam:Pass*").on("*").build(),
            List.of("PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE@Statement[0].Resource[0]")),
        Arguments.of("PassRole on named roles", policy().allow("iam:PassRole").on("arn:aws:iam::123456789012:role/app-*").build(), List.of()),
        Arguments.of("Deny PassRole on *", policy().deny("iam:PassRole").on("*").build(), List.of()),
        Arguments.of("action covered by a pattern", policy().allow("s3:GetObject", "s3:Get*").on("*").build(),
            List.of("REDUNDANT_ACTION@Statement[0].Action[0]")),
        Arguments.of("pattern covered by a pattern", policy().allow("s3:Get*", "s3:GetObject*").on("*").build(),
            List.of("REDUNDANT_ACTION@Statement[0].Action[1]")),
        Arguments.of("duplicate action, other case", policy().allow("s3:GetObject", "s3:getobject").on("*").build(),
            List.of("REDUNDANT_ACTION@Statement[0].Action[1]")),
        Arguments.of("literal under a narrower pattern", policy().allow("s3:GetObjectAcl*", "s3:GetObjectAcl").on("*").build(),
            List.of("REDUNDANT_ACTION@Statement[0].Action[1]")),
        Arguments.of("statement contained in another",
            policy().allow("s3:Get*").on("*").and().allow("s3:GetObject").on("arn:aws:s3:::bucket/*").build(),
            List.of("REDUNDANT_STATEMENT@Statement[1]")),
        Arguments.of("conditions narrow the other statement",
            policy().allow("s3:Get*").on("*").when("Bool", "aws:SecureTransport", "true").and()
                .allow("s3:GetObject").on("arn:aws:s3:::bucket/*").build(), List.of()),
        Arguments.of("equal statements: the later is redundant",
            policy().allow("s3:GetObject").on("arn:aws:s3:::b/*").and().allow("s3:GetObject").on("arn:aws:s3:::b/*").build(),
            List.of("REDUNDANT_STATEMENT@Statement[1]")),
        Arguments.of("different effects are not redundant",
            policy().allow("s3:Get*").on("*").and().deny("s3:GetObject").on("arn:aws:s3:::b/*").build(), List.of()),
        Arguments.of("resources not covered",
            policy().allow("s3:Get*").on("arn:aws:s3:::a/*").and().allow("s3:GetObject").on("arn:aws:s3:::b/*").build(), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsWhatTheCatalogueSays(String name, PolicyDocument document, List<String> expected) {
    assertThat(check(document)).extracting(f -> f.code() + "@" + f.location().jsonPath()).containsExactlyElementsOf(expected);
  }

  @Test
  void findingsCarryTypeMessageAndPosition() {
    List<Finding> findings = check(policy().allow("s3:GetObjet").on("*").build());
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.type()).isEqualTo(FindingType.ERROR);
      assertThat(f.message()).contains("\"s3:GetObjet\"").contains("Amazon S3").contains("Did you mean \"s3:GetObject\"");
      assertThat(f.location().position()).isEqualTo(new SourcePosition(101, 1));
    });
    Finding passRole = check(policy().allow("iam:PassRole").on("*").build()).get(0);
    assertThat(passRole.type()).isEqualTo(FindingType.SECURITY_WARNING);
    Finding redundant = check(policy().allow("s3:GetObject", "s3:Get*").on("*").build()).get(0);
    assertThat(redundant.type()).isEqualTo(FindingType.SUGGESTION);
    assertThat(redundant.message()).contains("\"s3:Get*\"");
    Finding resource = check(policy().allow("s3:ListBucket").on("arn:aws:s3:::bucket/*").build()).get(0);
    assertThat(resource.type()).isEqualTo(FindingType.WARNING);
    assertThat(resource.message()).contains("s3:ListBucket").contains("bucket (arn:${Partition}:s3:::${BucketName})").contains("It names a resource of type s3/object");
  }

  @Test
  void permissiveGrantChecksDependOnThePolicyKind() {
    PolicyDocument notAction = policy().allowNot("iam:*").on("*").build();
    assertThat(VALIDATOR.check(notAction, PolicyKind.BOUNDARY)).isEmpty();
    assertThat(VALIDATOR.check(notAction, PolicyKind.RESOURCE)).extracting(Finding::code).containsExactly("ALLOW_WITH_NOT_ACTION");
    PolicyDocument passRole = policy().allow("iam:PassRole").on("*").build();
    assertThat(VALIDATOR.check(passRole, PolicyKind.IDENTITY_INLINE_ROLE)).extracting(Finding::code).containsExactly("PASS_ROLE_WITH_STAR_IN_RESOURCE");
    assertThat(VALIDATOR.check(passRole, PolicyKind.SESSION)).isEmpty();
  }

  @Test
  void findingsAreOrderedByPosition() {
    PolicyDocument document = policy().allow("s3:GetObjet").on("*").and().allow("iam:PassRole", "s4:X").on("*").build();
    assertThat(CatalogValidator.validate(document, IDENTITY)).extracting(f -> f.location().position().line())
        .containsExactly(101, 201, 202);
  }

  @Test
  void everyAwsManagedPolicyValidatesWithoutErrorsOfItsOwnMaking() throws Exception {
    // AWS's own policies are a large real-world corpus: an ERROR there means our data or checks are off,
    // unless the policy names something AWS has since retired. We allow a small number of such names.
    var policies = dev.warden.catalog.ManagedPolicies.get().all();
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    int errors = 0;
    StringBuilder sample = new StringBuilder();
    for (var managed : policies) {
      PolicyDocument document = TestDocuments.fromJson(mapper.readTree(managed.document()));
      for (Finding finding : VALIDATOR.check(document, IDENTITY)) {
        if (finding.type() == FindingType.ERROR && !finding.code().equals("INVALID_ACTION") && !finding.code().equals("UNMATCHED_ACTION_PATTERN")
            && !finding.code().equals("INVALID_SERVICE_IN_ACTION")) {
          errors++;
          if (sample.length() < 2000) {
            sample.append(managed.name()).append(": ").append(finding.code()).append(' ').append(finding.message()).append('\n');
          }
        }
      }
    }
    assertThat(errors).as(sample.toString()).isLessThan(20);
  }
}
