package dev.warden.bench.differential;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Small hand-written cases in the workload format, for the tests of this package. */
final class TestCases {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static final String ALICE = "arn:aws:iam::111111111111:user/alice";
  static final String SESSION = "arn:aws:sts::111111111111:assumed-role/deployer/build-1";

  private TestCases() {}

  /** A case with the given principal, action, resource and policies (JSON fragments or null). */
  static ObjectNode of(String principal, String action, String resource, String identity, String resourcePolicy,
      String sessionPolicy) {
    String json = """
        {"id":"c000001","identityPolicies":%s,"resourcePolicy":%s,"permissionBoundaries":null,"scps":null,
         "rcps":null,"sessionPolicy":%s,"principal":"%s","action":"%s","resource":"%s",
         "resourceAccount":"111111111111","context":{}}
        """.formatted(
            identity == null ? "[]" : "[{\"name\":\"p\",\"policy\":" + identity + "}]",
            resourcePolicy == null ? "null" : resourcePolicy,
            sessionPolicy == null ? "null" : sessionPolicy,
            principal, action, resource);
    try {
      return (ObjectNode) MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(json, e);
    }
  }

  static com.fasterxml.jackson.databind.JsonNode node(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(json, e);
    }
  }

  static String allow(String action, String resource) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"" + action
        + "\",\"Resource\":\"" + resource + "\"}]}";
  }

  static String grant(String principal, String action, String resource) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + principal
        + "\"},\"Action\":\"" + action + "\",\"Resource\":\"" + resource + "\"}]}";
  }
}
