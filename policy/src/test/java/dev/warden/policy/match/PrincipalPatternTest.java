package dev.warden.policy.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.policy.arn.Arn;
import dev.warden.policy.document.PrincipalElement;
import dev.warden.policy.document.PrincipalKind;
import dev.warden.policy.document.SourcePosition;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PrincipalPatternTest {
  private static final String ACCOUNT = "123456789012";
  private static final String OTHER = "210987654321";

  static final PrincipalIdentity BOB =
      PrincipalIdentity.user(Arn.of("arn:aws:iam::123456789012:user/team/bob"), "AIDAJQABLZS4A3QDU576Q");
  static final PrincipalIdentity SESSION =
      PrincipalIdentity.roleSession(Arn.of("arn:aws:sts::123456789012:assumed-role/R/s1"),
          Arn.of("arn:aws:iam::123456789012:role/path/R"), "AROADBQP57FF2AEXAMPLE");
  static final PrincipalIdentity FEDERATED =
      PrincipalIdentity.federatedUser(Arn.of("arn:aws:sts::123456789012:federated-user/fed"),
          Arn.of("arn:aws:iam::123456789012:user/team/bob"), "AIDAJQABLZS4A3QDU576Q");
  static final PrincipalIdentity ROOT = PrincipalIdentity.root("aws", ACCOUNT);
  static final PrincipalIdentity OTHER_ROOT = PrincipalIdentity.root("aws", OTHER);
  static final PrincipalIdentity CN_ROOT = PrincipalIdentity.root("aws-cn", ACCOUNT);
  static final PrincipalIdentity EC2 = PrincipalIdentity.service("ec2.amazonaws.com");
  static final PrincipalIdentity ANONYMOUS = PrincipalIdentity.anonymous();
  static final PrincipalIdentity GOOGLE = PrincipalIdentity.webIdentity("accounts.google.com");
  static final PrincipalIdentity SAML =
      PrincipalIdentity.saml(Arn.of("arn:aws:iam::123456789012:saml-provider/Okta"));

  private static PrincipalElement aws(String... values) {
    return new PrincipalElement(false, false, Map.of(PrincipalKind.AWS, List.of(values)), SourcePosition.UNKNOWN);
  }

  private static PrincipalElement of(PrincipalKind kind, String value) {
    return new PrincipalElement(false, false, Map.of(kind, List.of(value)), SourcePosition.UNKNOWN);
  }

  private static final PrincipalElement EVERYONE = new PrincipalElement(false, true, Map.of(), SourcePosition.UNKNOWN);

  // IAM User Guide, reference_policies_elements_principal.html (account, user, role, session,
  // federated-user, service, federated and "*" principals) and iam-semantics.md §2.5.
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(aws(ACCOUNT), BOB, PrincipalMatch.How.ACCOUNT),
        Arguments.of(aws("arn:aws:iam::123456789012:root"), BOB, PrincipalMatch.How.ACCOUNT),
        Arguments.of(aws(ACCOUNT), SESSION, PrincipalMatch.How.ACCOUNT),
        Arguments.of(aws(ACCOUNT), FEDERATED, PrincipalMatch.How.ACCOUNT),
        Arguments.of(aws(ACCOUNT), ROOT, PrincipalMatch.How.ACCOUNT),
        Arguments.of(aws(ACCOUNT), OTHER_ROOT, null),
        Arguments.of(aws(ACCOUNT), CN_ROOT, PrincipalMatch.How.ACCOUNT),
        Arguments.of(aws("arn:aws:iam::123456789012:root"), CN_ROOT, null),
        Arguments.of(aws(ACCOUNT), EC2, null),
        Arguments.of(aws(ACCOUNT), ANONYMOUS, null),
        Arguments.of(aws("arn:aws:iam::123456789012:user/team/bob"), BOB, PrincipalMatch.How.USER_ARN),
        Arguments.of(aws("arn:aws:iam::123456789012:user/bob"), BOB, null),
        Arguments.of(aws("arn:aws:iam::123456789012:user/team/Bob"), BOB, null),
        Arguments.of(aws("arn:aws:iam::123456789012:user/team/bob"), FEDERATED, PrincipalMatch.How.FEDERATING_USER_ARN),
        Arguments.of(aws("arn:aws:iam::123456789012:user/team/bob"), SESSION, null),
        Arguments.of(aws("arn:aws:iam::123456789012:role/path/R"), SESSION, PrincipalMatch.How.ROLE_ARN),
        Arguments.of(aws("arn:aws:iam::123456789012:role/R"), SESSION, null),
        Arguments.of(aws("arn:aws:iam::123456789012:role/path/R"), BOB, null),
        Arguments.of(aws("arn:aws:sts::123456789012:assumed-role/R/s1"), SESSION, PrincipalMatch.How.ROLE_SESSION_ARN),
        Arguments.of(aws("arn:aws:sts::123456789012:assumed-role/R/s2"), SESSION, null),
        Arguments.of(aws("arn:aws:sts::123456789012:federated-user/fed"), FEDERATED, PrincipalMatch.How.FEDERATED_USER_ARN),
        Arguments.of(aws("arn:aws:sts::123456789012:federated-user/fed"), BOB, null),
        Arguments.of(aws("AIDAJQABLZS4A3QDU576Q"), BOB, PrincipalMatch.How.UNIQUE_ID),
        Arguments.of(aws("AROADBQP57FF2AEXAMPLE"), SESSION, PrincipalMatch.How.UNIQUE_ID),
        Arguments.of(aws("AROADBQP57FF2AEXAMPLE"), BOB, null),
        Arguments.of(of(PrincipalKind.SERVICE, "ec2.amazonaws.com"), EC2, PrincipalMatch.How.SERVICE),
        Arguments.of(of(PrincipalKind.SERVICE, "lambda.amazonaws.com"), EC2, null),
        Arguments.of(of(PrincipalKind.SERVICE, "ec2.amazonaws.com"), BOB, null),
        Arguments.of(of(PrincipalKind.FEDERATED, "accounts.google.com"), GOOGLE, PrincipalMatch.How.FEDERATED_PROVIDER),
        Arguments.of(of(PrincipalKind.FEDERATED, "arn:aws:iam::123456789012:saml-provider/Okta"), SAML, PrincipalMatch.How.FEDERATED_PROVIDER),
        Arguments.of(of(PrincipalKind.FEDERATED, "accounts.google.com"), SAML, null),
        Arguments.of(of(PrincipalKind.CANONICAL_USER, "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"), BOB, null),
        Arguments.of(EVERYONE, ANONYMOUS, PrincipalMatch.How.EVERYONE),
        Arguments.of(EVERYONE, EC2, PrincipalMatch.How.EVERYONE),
        Arguments.of(EVERYONE, SESSION, PrincipalMatch.How.EVERYONE));
  }

  @ParameterizedTest(name = "[{index}] {0} vs {1}")
  @MethodSource("cases")
  void matchesAndSaysHow(PrincipalElement element, PrincipalIdentity caller, PrincipalMatch.How expected) {
    assertThat(PrincipalPattern.compile(element).bestMatch(caller).map(PrincipalMatch::how).orElse(null))
        .isEqualTo(expected);
  }

  @Test
  void reportsEveryMatchMostSpecificFirst() {
    PrincipalElement element = new PrincipalElement(false, true,
        Map.of(PrincipalKind.AWS, List.of(ACCOUNT, "arn:aws:iam::123456789012:role/path/R", "arn:aws:sts::123456789012:assumed-role/R/s1")),
        SourcePosition.UNKNOWN);
    assertThat(PrincipalPattern.compile(element).matches(SESSION))
        .extracting(PrincipalMatch::how, PrincipalMatch::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(PrincipalMatch.How.ROLE_SESSION_ARN, "arn:aws:sts::123456789012:assumed-role/R/s1"),
            org.assertj.core.groups.Tuple.tuple(PrincipalMatch.How.ROLE_ARN, "arn:aws:iam::123456789012:role/path/R"),
            org.assertj.core.groups.Tuple.tuple(PrincipalMatch.How.ACCOUNT, ACCOUNT),
            org.assertj.core.groups.Tuple.tuple(PrincipalMatch.How.EVERYONE, "*"));
  }

  @Test
  void notPrincipalReportsMatchesAndLeavesNegationToTheCaller() {
    PrincipalElement element = new PrincipalElement(true, false, Map.of(PrincipalKind.AWS, List.of(ACCOUNT)), SourcePosition.UNKNOWN);
    PrincipalPattern pattern = PrincipalPattern.compile(element);
    assertThat(pattern.negated()).isTrue();
    assertThat(pattern.bestMatch(BOB)).map(PrincipalMatch::element).contains(PrincipalKind.AWS);
  }
}
