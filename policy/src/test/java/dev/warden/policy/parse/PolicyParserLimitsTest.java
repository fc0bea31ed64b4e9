package dev.warden.policy.parse;

import static dev.warden.policy.document.PolicyKind.IDENTITY_MANAGED;
import static dev.warden.policy.document.PolicyKind.SCP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.warden.policy.document.PolicyDocument;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.document.SourcePosition;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile and oversized input (IAM API reference: policy parameters are 1–131,072 characters matching
 * [\u0009\u000A\u000D\u0020-\u00FF]+; IAM User Guide reference_iam-quotas.html for quotas). Cost is
 * proven with allocation counts, never with time.
 */
class PolicyParserLimitsTest {
  private static final PolicyParser PARSER = PolicyParser.standard();
  private static final String PATTERN =
      "Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+";

  private static PolicyProblem firstProblem(ThrowingCallable call) {
    PolicyParseException[] caught = new PolicyParseException[1];
    assertThatThrownBy(call).isInstanceOfSatisfying(PolicyParseException.class, e -> caught[0] = e);
    return caught[0].first();
  }

  /** Bytes this thread allocates while running {@code call} (HotSpot's per-thread counter). */
  private static long allocatedBy(ThrowingCallable call) {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    assumeThat(bean).isInstanceOf(com.sun.management.ThreadMXBean.class);
    com.sun.management.ThreadMXBean hotspot = (com.sun.management.ThreadMXBean) bean;
    assumeThat(hotspot.isThreadAllocatedMemorySupported()).isTrue();
    long before = hotspot.getCurrentThreadAllocatedBytes();
    try {
      call.call();
    } catch (Throwable expected) {
      // the calls under test throw PolicyParseException by design
    }
    return hotspot.getCurrentThreadAllocatedBytes() - before;
  }

  private static String policyWithResources(int count, String separator) {
    StringBuilder resources = new StringBuilder();
    for (int i = 0; i < count; i++) {
      resources.append(i == 0 ? "" : "," + separator).append("\"arn:aws:s3:::bucket-").append(i).append("/*\"");
    }
    return "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":["
        + resources + "]}}";
  }

  @Test
  void emptyDocumentFailsTheLengthConstraint() {
    PolicyProblem problem = firstProblem(() -> PARSER.parse("", IDENTITY_MANAGED));
    assertThat(problem.errorClass()).isEqualTo(PolicyErrorClass.VALIDATION_ERROR);
    assertThat(problem.message()).isEqualTo("Member must have length greater than or equal to 1");
  }

  @Test
  void documentLongerThanTheApiParameterIsRejectedBeforeParsing() {
    String text = "{" + " ".repeat(PolicySizeLimits.MAX_PARAMETER_CHARS) + "}";
    PolicyProblem problem = firstProblem(() -> PARSER.parse(text, IDENTITY_MANAGED));
    assertThat(problem.errorClass()).isEqualTo(PolicyErrorClass.VALIDATION_ERROR);
    assertThat(problem.message()).isEqualTo("Member must have length less than or equal to 131072");
  }

  @Test
  void tenMegabyteStringCostsAlmostNothing() {
    char[] chars = new char[10 * 1024 * 1024];
    Arrays.fill(chars, '[');
    String text = new String(chars);
    long allocated = allocatedBy(() -> PARSER.parse(text, IDENTITY_MANAGED));
    assertThat(firstProblem(() -> PARSER.parse(text, IDENTITY_MANAGED)).errorClass())
        .isEqualTo(PolicyErrorClass.VALIDATION_ERROR);
    assertThat(allocated).isLessThan(64 * 1024);
  }

  @Test
  void tenMegabytesOfBytesAreNotDecoded() {
    byte[] bytes = new byte[10 * 1024 * 1024];
    Arrays.fill(bytes, (byte) '[');
    long allocated = allocatedBy(() -> PARSER.parse(bytes, IDENTITY_MANAGED));
    assertThat(firstProblem(() -> PARSER.parse(bytes, IDENTITY_MANAGED)).message())
        .isEqualTo("Member must have length less than or equal to 131072");
    // Decoding would allocate 20 MB of chars.
    assertThat(allocated).isLessThan(64 * 1024);
  }

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({"0100, 2, 12", "2028, 2, 12", "0000, 2, 12", "001B, 2, 12", "D83D, 2, 12"})
  void charactersOutsideTheAllowedRangeAreRejectedWithTheirPosition(String hex, int line, int column) {
    char c = (char) Integer.parseInt(hex, 16);
    String text = "{\"Version\":\"2012-10-17\",\n\"Statement\"" + c + ":{}}";
    PolicyProblem problem = firstProblem(() -> PARSER.parse(text, IDENTITY_MANAGED));
    assertThat(problem.errorClass()).isEqualTo(PolicyErrorClass.VALIDATION_ERROR);
    assertThat(problem.message()).isEqualTo(PATTERN);
    assertThat(problem.detail()).contains("U+" + hex);
    assertThat(problem.position()).isEqualTo(new SourcePosition(line, column));
  }

  @Test
  void latin1AndEscapedCharactersAreAccepted() throws PolicyParseException {
    String text = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:*\","
        + "\"Resource\":\"arn:aws:s3:::caf\u00e9/\\u4e2d\u00ff\"}}";
    PolicyDocument fromString = PARSER.parse(text, IDENTITY_MANAGED);
    PolicyDocument fromBytes = PARSER.parse(text.getBytes(StandardCharsets.UTF_8), IDENTITY_MANAGED);
    assertThat(fromString.statements().get(0).resource().orElseThrow().values())
        .containsExactly("arn:aws:s3:::caf\u00e9/\u4e2d\u00ff");
    assertThat(fromBytes).isEqualTo(fromString);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // A lone continuation byte, a truncated two-byte sequence, an overlong '/' and a surrogate half.
    "'7b 80 7d', 1",
    "'7b 22 c3', 2",
    "'7b c0 af 7d', 1",
    "'7b ed a0 80 7d', 1"
  })
  void invalidUtf8IsRejected(String hex, int offset) {
    String[] parts = hex.split(" ");
    byte[] bytes = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bytes[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    PolicyProblem problem = firstProblem(() -> PARSER.parse(bytes, IDENTITY_MANAGED));
    assertThat(problem.errorClass()).isEqualTo(PolicyErrorClass.VALIDATION_ERROR);
    assertThat(problem.message()).isEqualTo(PATTERN);
    assertThat(problem.detail()).contains("byte offset " + offset);
  }

  @Test
  void iamQuotaIgnoresWhitespaceButOrganizationsCountsIt() throws PolicyParseException {
    // About 5,000 counted characters, padded with enough white space to pass 6,144 only if ignored.
    String text = policyWithResources(180, " ".repeat(10));
    assertThat(PolicySizeLimits.measure(IDENTITY_MANAGED, text)).isBetween(5_000, 6_144);
    assertThat(text.length()).isGreaterThan(6_144);
    assertThat(PARSER.parse(text, IDENTITY_MANAGED).statements()).hasSize(1);

    PolicyProblem scp = firstProblem(() -> PARSER.parse(text, SCP));
    assertThat(scp.errorClass()).isEqualTo(PolicyErrorClass.ORGANIZATIONS_CONSTRAINT_VIOLATION);
  }

  @Test
  void managedPolicyOverQuotaIsLimitExceeded() {
    String text = policyWithResources(250, "");
    PolicyProblem problem = firstProblem(() -> PARSER.parse(text, IDENTITY_MANAGED));
    assertThat(problem.errorClass()).isEqualTo(PolicyErrorClass.LIMIT_EXCEEDED);
    assertThat(problem.errorClass().httpStatus()).isEqualTo(409);
    assertThat(problem.message()).isEqualTo("Cannot exceed quota for PolicySize: 6144");
  }

  @Test
  void raisedTrustQuotaIsHonoured() throws PolicyParseException {
    String principals = String.join(",", java.util.Collections.nCopies(120, "\"arn:aws:iam::123456789012:root\""));
    String text = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\","
        + "\"Principal\":{\"AWS\":[" + principals + "]}}}";
    assertThat(firstProblem(() -> PARSER.parse(text, PolicyKind.TRUST)).message())
        .isEqualTo("Cannot exceed quota for ACLSizePerRole: 2048");
    PolicyParser raised = new PolicyParser(PolicySizeLimits.defaults().withLimit(PolicyKind.TRUST, 4_096));
    assertThat(raised.parse(text, PolicyKind.TRUST).statements()).hasSize(1);
  }

  @Test
  void deepNestingStopsAtTheDepthLimit() {
    String open = "[".repeat(60_000);
    String text = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\","
        + "\"Condition\":{\"StringEquals\":{\"aws:username\":" + open + "]}}}}";
    PolicyParser unlimited = new PolicyParser(PolicySizeLimits.defaults().withLimit(IDENTITY_MANAGED, 131_072));
    PolicyProblem problem = firstProblem(() -> unlimited.parse(text, IDENTITY_MANAGED));
    assertThat(problem.message()).isEqualTo("Syntax errors in policy.");
    assertThat(problem.detail()).contains("nests deeper than " + SourceTreeReader.MAX_DEPTH);
    // Reading stops at the limit: far less than one object per bracket is built.
    assertThat(allocatedBy(() -> unlimited.parse(text, IDENTITY_MANAGED))).isLessThan(1024 * 1024);
  }

  @Test
  void arraysLongerThanTenThousandEntriesAreRejected() {
    String actions = String.join(",", java.util.Collections.nCopies(SourceTreeReader.MAX_ARRAY_ITEMS + 1, "\"s3:A\""));
    String text = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":[" + actions + "],\"Resource\":\"*\"}}";
    PolicyParser unlimited = new PolicyParser(PolicySizeLimits.defaults().withLimit(IDENTITY_MANAGED, 131_072));
    PolicyProblem problem = firstProblem(() -> unlimited.parse(text, IDENTITY_MANAGED));
    assertThat(problem.message()).isEqualTo("Syntax errors in policy.");
    assertThat(problem.detail()).contains("more than 10000 entries");
  }

  @Test
  void tenThousandEntriesAreStillAccepted() throws PolicyParseException {
    String actions = String.join(",", java.util.Collections.nCopies(SourceTreeReader.MAX_ARRAY_ITEMS, "\"s3:A\""));
    String text = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":[" + actions + "],\"Resource\":\"*\"}}";
    PolicyParser unlimited = new PolicyParser(PolicySizeLimits.defaults().withLimit(IDENTITY_MANAGED, 131_072));
    assertThat(unlimited.parse(text, IDENTITY_MANAGED).statements().get(0).action().values()).hasSize(10_000);
  }
}
