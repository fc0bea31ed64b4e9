package dev.warden.bench.differential;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseGeneratorTest {
  private static final int SAMPLE = 2_000;
  private static final List<ObjectNode> CASES = sample();

  private static List<ObjectNode> sample() {
    CaseGenerator generator = new CaseGenerator(7);
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 0; i < SAMPLE; i++) {
      out.add(generator.generate(i));
    }
    return out;
  }

  private static String allText() {
    StringBuilder text = new StringBuilder();
    CASES.forEach(c -> text.append(c).append('\n'));
    return text.toString();
  }

  @Test
  void aCaseDependsOnlyOnTheSeedAndItsIndex() {
    assertThat(new CaseGenerator(7).generate(123)).isEqualTo(CASES.get(123));
    assertThat(new CaseGenerator(8).generate(123)).isNotEqualTo(CASES.get(123));
    assertThat(CASES.get(124)).isNotEqualTo(CASES.get(123));
  }

  @Test
  void writesOneJsonLinePerCaseWithAStableId() throws IOException {
    StringWriter out = new StringWriter();
    new CaseGenerator(7).write(3, out);
    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[2]).startsWith("{\"id\":\"c000002\"");
  }

  @Test
  void everyCaseHasTheWorkloadFields() {
    for (ObjectNode testCase : CASES) {
      assertThat(testCase.fieldNames()).toIterable().contains(
          "id", "identityPolicies", "resourcePolicy", "permissionBoundaries", "scps", "rcps", "sessionPolicy",
          "principal", "action", "resource", "resourceAccount", "context");
    }
  }

  @Test
  void sessionPoliciesAndIdentityPoliciesOnlyForSignedPrincipalsThatCanHaveThem() {
    for (ObjectNode testCase : CASES) {
      String principal = testCase.get("principal").asText();
      if (!testCase.get("sessionPolicy").isNull()) {
        assertThat(principal).contains(":assumed-role/");
      }
      if (!principal.startsWith("arn:")) {
        assertThat(testCase.get("identityPolicies")).isEmpty();
        assertThat(testCase.get("permissionBoundaries").isNull()).isTrue();
      }
      if (principal.equals(Pools.ANONYMOUS)) {
        assertThat(testCase.get("scps").isNull()).isTrue();
      }
    }
  }

  @Test
  void callerKeysInTheContextDescribeTheCaller() {
    for (ObjectNode testCase : CASES) {
      String principal = testCase.get("principal").asText();
      JsonNode context = testCase.get("context");
      if (principal.contains(":user/")) {
        assertThat(context.get("aws:PrincipalArn").asText()).isEqualTo(principal);
        assertThat(principal).endsWith("/" + context.get("aws:username").asText());
      } else if (principal.contains(":assumed-role/")) {
        String role = principal.split("/")[1];
        assertThat(context.get("aws:PrincipalArn").asText()).endsWith(":role/" + role);
        assertThat(context.has("aws:username")).isFalse();
      } else {
        assertThat(context.has("aws:PrincipalArn")).isFalse();
      }
    }
  }

  @Test
  void resourcesBelongToTheResourceAccount() {
    for (ObjectNode testCase : CASES) {
      String[] arn = testCase.get("resource").asText().split(":", 6);
      if (!arn[4].isEmpty()) {
        assertThat(arn[4]).isEqualTo(testCase.get("resourceAccount").asText());
      }
    }
  }

  /** The generator must reach every part of the policy language the engine implements. */
  @ParameterizedTest
  @ValueSource(strings = {
      "\"StringEquals\"", "\"StringNotEquals\"", "\"StringEqualsIgnoreCase\"", "\"StringNotEqualsIgnoreCase\"",
      "\"StringLike\"", "\"StringNotLike\"", "\"NumericLessThan\"", "\"NumericGreaterThanEquals\"", "\"DateLessThan\"",
      "\"DateGreaterThan\"", "\"Bool\"", "\"IpAddress\"", "\"NotIpAddress\"", "\"ArnLike\"", "\"ArnNotEquals\"",
      "\"Null\"", "\"ForAllValues:String", "\"ForAnyValue:String", "IfExists\"", "\"NotAction\"", "\"NotResource\"",
      "\"NotPrincipal\"", "${aws:username}", "${aws:PrincipalTag/team}", "${aws:username, 'alice'}",
      "\"2008-10-17\"", "\"Principal\":\"*\"", "\"Service\":", ":root\"", "\"222222222222\"", "\"s3:*\"", "\"Action\":\"*\"",
      "?", "\"rcps\":[[", "\"scps\":[[", "\"sessionPolicy\":{", "\"permissionBoundaries\":[",
      "\"principal\":\"anonymous\"", "\"principal\":\"lambda.amazonaws.com\"", "\"aws:TagKeys\":[]",
      "\"aws:SourceIp\":\"2001:db8::1\"", "\"Bool\":{\"aws:SecureTransport\":true}"})
  void coversThePolicyLanguage(String fragment) {
    assertThat(allText()).contains(fragment);
  }

  @Test
  void crossAccountRequestsAreFrequentButNotTheMajority() {
    long cross = CASES.stream().filter(c -> c.get("resourceAccount").asText().equals(Pools.OTHER_ACCOUNT)).count();
    assertThat(cross).isBetween(SAMPLE / 5L, SAMPLE / 2L);
  }
}
