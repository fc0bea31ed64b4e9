package dev.warden.bench.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.policy.context.ContextKeyType;
import dev.warden.policy.context.RequestContext;
import dev.warden.policy.eval.EvalDecision;
import dev.warden.policy.parse.PolicyParseException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class WardenEvaluatorTest {
  private final WardenEvaluator warden = new WardenEvaluator();

  @Test
  void decidesTheSmallBenchWorkloadAsItsExpectedAnswer() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/workloads/bench-small.json")) {
      JsonNode workload = new ObjectMapper().readTree(in).get(0);
      assertThat(warden.evaluate(workload).decision()).isEqualTo(EvalDecision.ALLOWED);
      assertThat(workload.get("expected").asText()).isEqualTo("Allowed");
    }
  }

  @Test
  void typesContextValuesByKeyAndShape() throws Exception {
    RequestContext context = WardenEvaluator.context(new ObjectMapper().readTree(
        "{\"aws:SourceIp\":\"10.0.0.1\",\"aws:TagKeys\":[\"a\",\"b\"],\"aws:SecureTransport\":\"true\",\"x:custom\":\"v\"}"));
    assertThat(context.get("aws:sourceip").orElseThrow().type()).isEqualTo(ContextKeyType.IP);
    assertThat(context.get("aws:TagKeys").orElseThrow().values()).containsExactly("a", "b");
    assertThat(context.get("aws:SecureTransport").orElseThrow().type()).isEqualTo(ContextKeyType.BOOLEAN);
    assertThat(context.get("x:custom").orElseThrow().type()).isEqualTo(ContextKeyType.STRING);
  }

  @Test
  void everyRcpLevelHasTheFullAccessPolicyBesidesItsDenies() throws PolicyParseException {
    var testCase = TestCases.of(TestCases.ALICE, "sqs:SendMessage", "arn:aws:sqs:us-east-1:111111111111:orders",
        TestCases.allow("sqs:SendMessage", "*"), null, null);
    testCase.putArray("rcps").addArray().addObject().put("name", "guard").set("policy", TestCases.node(
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"sqs:DeleteQueue\",\"Resource\":\"*\"}]}"));
    assertThat(warden.evaluate(testCase).decision()).isEqualTo(EvalDecision.ALLOWED);
  }

  @Test
  void managedIdentityPoliciesMustBeTheCurrentVersion() {
    var testCase = TestCases.of(TestCases.ALICE, "sqs:SendMessage", "arn:aws:sqs:us-east-1:111111111111:orders",
        TestCases.allow("sqs:SendMessage", "*").replace("2012-10-17", "2008-10-17"), null, null);
    assertThatThrownBy(() -> warden.evaluate(testCase)).isInstanceOf(PolicyParseException.class);
  }
}
