package dev.warden.bench.differential;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.policy.parse.PolicyParseException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DisagreementClassifierTest {
  private static final WardenEvaluator WARDEN = new WardenEvaluator();
  private static final String TABLE = "arn:aws:dynamodb:us-east-1:111111111111:table/Users";

  static Stream<Arguments> disagreements() {
    ObjectNode sessionGrant = TestCases.of(TestCases.SESSION, "dynamodb:GetItem", TABLE,
        TestCases.allow("dynamodb:GetItem", "*"),
        TestCases.grant(TestCases.SESSION, "dynamodb:GetItem", TABLE),
        TestCases.allow("sqs:SendMessage", "*"));
    ObjectNode wildcardType = TestCases.of(TestCases.ALICE, "dynamodb:GetItem", TABLE,
        TestCases.allow("dynamodb:GetItem", "arn:aws:dynamodb:us-east-1:111111111111:tab?e/Users"), null, null);
    ObjectNode plain = TestCases.of(TestCases.ALICE, "dynamodb:GetItem", TABLE,
        TestCases.allow("dynamodb:GetItem", TABLE), null, null);
    return Stream.of(
        Arguments.of("a session policy cannot cut off a grant to the session", sessionGrant, "IMPLICIT_DENY",
            "session-policy-vs-direct-resource-grant"),
        Arguments.of("a wildcard in the resource type", wildcardType, "IMPLICIT_DENY", "wildcard-in-resource-type"),
        Arguments.of("no known difference explains a plain allow denied", plain, "IMPLICIT_DENY",
            "unclassified:ALLOWED-vs-IMPLICIT_DENY:IDENTITY_ALLOWS"),
        Arguments.of("a rule only claims cases whose rewrite gives the oracle's answer", sessionGrant,
            "EXPLICIT_DENY", "unclassified:ALLOWED-vs-EXPLICIT_DENY:RESOURCE_POLICY_ALLOWS"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("disagreements")
  void namesTheKnownDifferenceThatReproducesTheOraclesAnswer(
      String description, ObjectNode testCase, String oracle, String expectedCode) throws PolicyParseException {
    Outcome ours = Outcome.of(WARDEN.evaluate(testCase));
    assertThat(ours.decision()).isEqualTo("ALLOWED");
    DisagreementClassifier.Pair pair = new DisagreementClassifier.Pair(ours, Outcome.oracle(oracle, null));
    assertThat(DisagreementClassifier.standard(WARDEN).classify(testCase, pair)).isEqualTo(expectedCode);
  }
}
