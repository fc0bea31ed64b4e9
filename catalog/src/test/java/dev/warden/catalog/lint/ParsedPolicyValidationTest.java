package dev.warden.catalog.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.policy.document.PolicyDocument;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.document.SourcePosition;
import dev.warden.policy.parse.PolicyParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** End to end: policy text through the real parser, then the catalogue checks, positions intact. */
class ParsedPolicyValidationTest {
  private static final String POLICY = String.join("\n",
      "{",
      "  \"Version\": \"2012-10-17\",",
      "  \"Statement\": [",
      "    {",
      "      \"Effect\": \"Allow\",",
      "      \"Action\": [\"s3:GetObject\", \"s3:GetObjet\"],",
      "      \"Resource\": \"arn:aws:s3:::bucket/*\"",
      "    },",
      "    {",
      "      \"Effect\": \"Allow\",",
      "      \"Action\": \"s3:ListBucket\",",
      "      \"Resource\": \"arn:aws:s3:::bucket/*\",",
      "      \"Condition\": {\"Bool\": {\"aws:SecureTransport\": \"yes\"}}",
      "    },",
      "    {",
      "      \"Effect\": \"Allow\",",
      "      \"Action\": \"iam:PassRole\",",
      "      \"Resource\": \"*\"",
      "    }",
      "  ]",
      "}");

  @Test
  void findingsPointAtTheOffendingText() throws Exception {
    PolicyDocument document = PolicyParser.standard().parse(POLICY, PolicyKind.IDENTITY_MANAGED);
    List<Finding> findings = CatalogValidator.validate(document, PolicyKind.IDENTITY_MANAGED);
    assertThat(findings).extracting(f -> f.code() + "@" + f.location().jsonPath()).containsExactly(
        "INVALID_ACTION@Statement[0].Action[1]",
        "UNSUPPORTED_RESOURCE_FOR_ACTIONS@Statement[1].Resource[0]",
        "TYPE_MISMATCH_BOOL@Statement[1].Condition.Bool.aws:SecureTransport",
        "PASS_ROLE_WITH_STAR_IN_RESOURCE@Statement[2].Resource[0]");
    String[] lines = POLICY.split("\n");
    assertThat(textAt(lines, findings.get(0).location().position())).startsWith("\"s3:GetObjet\"");
    assertThat(textAt(lines, findings.get(1).location().position())).startsWith("\"arn:aws:s3:::bucket/*\"");
    assertThat(findings.get(2).location().position().line()).isEqualTo(13);
    assertThat(textAt(lines, findings.get(3).location().position())).startsWith("\"*\"");
  }

  @Test
  void everyFindingHasAPositionInsideTheText() throws Exception {
    PolicyDocument document = PolicyParser.standard().parse(POLICY, PolicyKind.IDENTITY_MANAGED);
    for (Finding finding : CatalogValidator.validate(document, PolicyKind.IDENTITY_MANAGED)) {
      SourcePosition position = finding.location().position();
      assertThat(position.line()).isBetween(1, POLICY.split("\n").length);
      assertThat(position.column()).isPositive();
    }
  }

  private static String textAt(String[] lines, SourcePosition position) {
    return lines[position.line() - 1].substring(position.column() - 1);
  }
}
