package dev.warden.policy.parse;

import static dev.warden.policy.document.PolicyKind.BOUNDARY;
import static dev.warden.policy.document.PolicyKind.IDENTITY_INLINE_ROLE;
import static dev.warden.policy.document.PolicyKind.IDENTITY_INLINE_USER;
import static dev.warden.policy.document.PolicyKind.IDENTITY_MANAGED;
import static dev.warden.policy.document.PolicyKind.RCP;
import static dev.warden.policy.document.PolicyKind.RESOURCE;
import static dev.warden.policy.document.PolicyKind.SCP;
import static dev.warden.policy.document.PolicyKind.SESSION;
import static dev.warden.policy.document.PolicyKind.TRUST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.warden.policy.document.ConditionEntry;
import dev.warden.policy.document.Effect;
import dev.warden.policy.document.PolicyDocument;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.document.PolicyVersion;
import dev.warden.policy.document.PrincipalElement;
import dev.warden.policy.document.PrincipalKind;
import dev.warden.policy.document.SourcePosition;
import dev.warden.policy.document.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyParserTest {
  private static final PolicyParser PARSER = PolicyParser.standard();
  private static final String SYNTAX = "Syntax errors in policy.";
  private static final String LEGACY = "The policy failed legacy parsing";
  private static final String NO_ACTIONS = "Policy statement must contain actions.";
  private static final String NO_RESOURCES = "Policy statement must contain resources.";

  /** Writes JSON with ' for " so the tables stay readable. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  /** An identity policy with one statement whose body is {@code statementBody}. */
  static String identity(String statementBody) {
    return json("{'Version':'2012-10-17','Statement':{" + statementBody + "}}");
  }

  static final String ALLOW_ALL = "'Effect':'Allow','Action':'*','Resource':'*'";

  static Stream<Arguments> rejected() {
    return Stream.of(
        // IAM User Guide, reference_policies_grammar.html: a policy is one JSON object with
        // Version, Id and Statement; invalid JSON and unknown elements are syntax errors (moto).
        arguments(IDENTITY_MANAGED, "not json", SYNTAX),
        arguments(IDENTITY_MANAGED, "[]", SYNTAX),
        arguments(IDENTITY_MANAGED, "{}", SYNTAX),
        arguments(IDENTITY_MANAGED, "{'Version':'2012-10-17'}", SYNTAX),
        arguments(IDENTITY_MANAGED, "{'Version':'2012-10-17','Statement':[]}", SYNTAX),
        arguments(IDENTITY_MANAGED, "{'Version':'2012-10-17','Statement':'x'}", SYNTAX),
        arguments(IDENTITY_MANAGED, "{'Version':'2012-10-17','Statement':['x']}", SYNTAX),
        arguments(IDENTITY_MANAGED, "{'Version':'2012-10-17','Statement':{" + ALLOW_ALL + "},'Extra':1}", SYNTAX),
        arguments(IDENTITY_MANAGED, "{'Version':'2012-10-17','Statement':{" + ALLOW_ALL + "}} trailing", SYNTAX),
        arguments(IDENTITY_MANAGED, "{'Version':'2012-10-17','Statement':{" + ALLOW_ALL + ",}}", SYNTAX),
        arguments(IDENTITY_MANAGED, "{/*c*/'Version':'2012-10-17','Statement':{" + ALLOW_ALL + "}}", SYNTAX),
        arguments(IDENTITY_MANAGED, "{'Version':'2012-10-17','Id':5,'Statement':{" + ALLOW_ALL + "}}", SYNTAX),
        // reference_policies_elements_version.html: only two versions exist.
        arguments(IDENTITY_MANAGED, "{'Version':'2012-10-18','Statement':{" + ALLOW_ALL + "}}", SYNTAX),
        arguments(IDENTITY_MANAGED, "{'Version':2012,'Statement':{" + ALLOW_ALL + "}}", SYNTAX),
        arguments(IDENTITY_MANAGED, "{'Statement':{" + ALLOW_ALL + "}}", "Policy document must be version 2012-10-17 or greater."),
        arguments(IDENTITY_MANAGED, "{'Version':'2008-10-17','Statement':{" + ALLOW_ALL + "}}", "Policy document must be version 2012-10-17 or greater."),
        arguments(BOUNDARY, "{'Statement':{" + ALLOW_ALL + "}}", "Policy document must be version 2012-10-17 or greater."),
        arguments(RCP, "{'Statement':{'Effect':'Deny','Principal':'*','Action':'*','Resource':'*'}}", "Policy document must be version 2012-10-17 or greater."),
        // Duplicate keys (grammar: a key must not repeat inside one object).
        arguments(IDENTITY_MANAGED, identity("'Effect':'Allow','Effect':'Deny','Action':'*','Resource':'*'"), SYNTAX),
        // reference_policies_elements_statement.html / _effect.html: known elements; Effect exactly Allow|Deny.
        arguments(IDENTITY_MANAGED, identity(ALLOW_ALL + ",'Foo':'x'"), SYNTAX),
        arguments(IDENTITY_MANAGED, identity("'Action':'*','Resource':'*'"), SYNTAX),
        arguments(IDENTITY_MANAGED, identity("'Effect':'Permit','Action':'*','Resource':'*'"), SYNTAX),
        arguments(IDENTITY_MANAGED, identity("'Effect':true,'Action':'*','Resource':'*'"), SYNTAX),
        arguments(IDENTITY_MANAGED, identity("'Effect':'allow','Action':'*','Resource':'*'"), LEGACY),
        arguments(IDENTITY_MANAGED, identity("'Effect':'DENY','Action':'*','Resource':'*'"), LEGACY),
        arguments(IDENTITY_MANAGED, identity("'Sid':7," + ALLOW_ALL), SYNTAX),
        // reference_policies_elements_action.html / _notaction.html
        arguments(IDENTITY_MANAGED, identity("'Effect':'Allow','Action':'*','NotAction':'s3:*','Resource':'*'"), SYNTAX),
        arguments(IDENTITY_MANAGED, identity("'Effect':'Allow','Action':5,'Resource':'*'"), SYNTAX),
        arguments(IDENTITY_MANAGED, identity("'Effect':'Allow','Action':['s3:GetObject',5],'Resource':'*'"), SYNTAX),
        arguments(IDENTITY_MANAGED, identity("'Effect':'Allow','Action':{},'Resource':'*'"), SYNTAX),
        arguments(IDENTITY_MANAGED, identity("'Effect':'Allow','Resource':'*'"), NO_ACTIONS),
        arguments(IDENTITY_MANAGED, identity("'Effect':'Allow','Action':[],'Resource':'*'"), NO_ACTIONS),
        arguments(IDENTITY_MANAGED, identity("'Effect':'Allow','NotAction':[],'Resource':'*'"), NO_ACTIONS),
        arguments(IDENTITY_MANAGED, identity("'Effect':'Allow','Action':'GetObject','Resource':'*'"),
            "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc."),
        arguments(IDENTITY_MANAGED, identity("'Effect':'Allow','Action':':GetObject','Resource':'*'"),
            "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc."),
        arguments(IDENTITY_MANAGED, identity("'Effect':'Allow','Action':'s3:Get:Object','Resource':'*'"),
            "Actions/Condition can contain only one colon."),
        arguments(IDENTITY_MANAGED, identity("'Effect':'Allow','Action':'s3*:GetObject','Resource':'*'"), "Vendor s3* is not valid"),
        arguments(IDENTITY_MANAGED, identity("'Effect':'Allow','Action':'s 3:GetObject','Resource':'*'"), "Vendor s 3 is not valid"),
        // reference_policies_elements_resource.html: "*" or an ARN.
        arguments(IDENTITY_MANAGED, identity("'Effect':'Allow','Action':'*'"), NO_RESOURCES),
        arguments(IDENTITY_MANAGED, identity("'Effect':'Allow','Action':'*','Resource':[]"), NO_RESOURCES),
        arguments(IDENTITY_MANAGED, identity("'Effect':'Allow','Action':'*','Resource':'*','NotResource':'*'"), SYNTAX),
        arguments(IDENTITY_MANAGED, identity("'Effect':'Allow','Action':'*','Resource':'bucket'"),
            "Resource bucket must be in ARN format or \"*\"."),
        arguments(IDENTITY_MANAGED, identity("'Effect':'Allow','Action':'*','Resource':'urn:aws:s3:::b'"),
            "Resource urn:aws:s3:::b must be in ARN format or \"*\"."),
        arguments(IDENTITY_MANAGED, identity("'Effect':'Allow','Action':'*','Resource':'arn:aws'"),
            "Resource vendor must be fully qualified and cannot contain regexes."),
        arguments(IDENTITY_MANAGED, identity("'Effect':'Allow','Action':'*','Resource':'arn:aws:s3*:::b'"),
            "Resource vendor must be fully qualified and cannot contain regexes."),
        arguments(IDENTITY_MANAGED, identity("'Effect':'Allow','Action':'*','Resource':'arn:foo:s3:::b'"),
            "Partition \"foo\" is not valid for resource \"arn:foo:s3:::b\"."),
        arguments(IDENTITY_MANAGED, identity("'Effect':'Allow','Action':'*','Resource':'arn:foo:s3'"),
            "Partition \"foo\" is not valid for resource \"arn:foo:s3:*:*:*\"."),
        arguments(IDENTITY_MANAGED, identity("'Effect':'Allow','Action':'*','Resource':'arn:aws:iam:us-east-1:123456789012:user/x'"),
            "IAM resource arn:aws:iam:us-east-1:123456789012:user/x cannot contain region information."),
        arguments(IDENTITY_MANAGED, identity("'Effect':'Allow','Action':'*','Resource':'arn:aws:s3:us-east-1::b'"),
            "Resource arn:aws:s3:us-east-1::b can not contain region information."),
        arguments(IDENTITY_MANAGED, identity("'Effect':'Allow','Action':'*','Resource':'arn:aws:iam::123456789012:u*'"),
            "IAM resource path must either be \"*\" or start with user/, federated-user/, role/, group/, instance-profile/, mfa/, server-certificate/, policy/, sms-mfa/, saml-provider/, oidc-provider/, report/, access-report/."),
        arguments(IDENTITY_MANAGED, identity("'Effect':'Allow','Action':'*','Resource':'arn:aws::us-east-1:1:x'"), LEGACY),
        arguments(IDENTITY_MANAGED, identity("'Effect':'Allow','Action':'*','Resource':'arn:aws:ec2::123'"), LEGACY),
        // reference_policies_elements_sid.html: unique, and alphanumeric for IAM policies.
        arguments(IDENTITY_MANAGED, json("{'Version':'2012-10-17','Statement':[{'Sid':'A'," + ALLOW_ALL + "},{'Sid':'A'," + ALLOW_ALL + "}]}"),
            "Statement IDs (SID) in a single policy must be unique."),
        arguments(IDENTITY_MANAGED, identity("'Sid':'my sid'," + ALLOW_ALL),
            "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*"),
        // reference_policies_elements_principal.html: where Principal may and must appear.
        arguments(IDENTITY_INLINE_USER, identity(ALLOW_ALL + ",'Principal':'*'"), "Policy document should not specify a principal."),
        arguments(BOUNDARY, identity(ALLOW_ALL + ",'Principal':{'AWS':'123456789012'}"), "Policy document should not specify a principal."),
        arguments(SESSION, identity(ALLOW_ALL + ",'NotPrincipal':{'AWS':'123456789012'}"), "Policy document should not specify a principal."),
        arguments(SCP, identity(ALLOW_ALL + ",'Principal':'*'"), "Policy document should not specify a principal."),
        arguments(TRUST, json("{'Version':'2012-10-17','Statement':{'Effect':'Allow','Action':'sts:AssumeRole','Principal':{'Service':'ec2.amazonaws.com'},'Resource':'*'}}"),
            "Has prohibited field Resource"),
        arguments(TRUST, json("{'Version':'2012-10-17','Statement':{'Effect':'Allow','Action':'sts:AssumeRole','Principal':{'Service':'ec2.amazonaws.com'},'NotResource':'*'}}"),
            "Has prohibited field NotResource"),
        arguments(TRUST, json("{'Version':'2012-10-17','Statement':{'Effect':'Allow','Action':'sts:AssumeRole'}}"),
            "Invalid principal in policy: com.amazon.balsa.error.InvalidPolicyException: The passed in policy has a statement with no principals!"),
        arguments(TRUST, json("{'Version':'2012-10-17','Statement':{'Effect':'Deny','Action':'sts:AssumeRole','NotPrincipal':{'AWS':'123456789012'}}}"),
            "Has prohibited field NotPrincipal"),
        arguments(RESOURCE, json("{'Version':'2012-10-17','Statement':{'Effect':'Allow','Action':'s3:*','Resource':'*'}}"), "Missing required field Principal"),
        arguments(RCP, json("{'Version':'2012-10-17','Statement':{'Effect':'Deny','Action':'s3:*','Resource':'*','Principal':{'AWS':'123456789012'}}}"),
            "Invalid principal in policy: Principal"),
        // Principal values: no partial wildcards, AWS values must be accounts, ARNs or unique ids.
        arguments(RESOURCE, resourcePolicy("{'AWS':'arn:aws:iam::*:role/x'}"), "Invalid principal in policy: \"AWS\":\"arn:aws:iam::*:role/x\""),
        arguments(RESOURCE, resourcePolicy("{'AWS':'AROA*'}"), "Invalid principal in policy: \"AWS\":\"AROA*\""),
        arguments(RESOURCE, resourcePolicy("{'AWS':['123456789012','bob']}"), "Invalid principal in policy: \"AWS\":\"bob\""),
        arguments(RESOURCE, resourcePolicy("{'AWS':'arn:aws:s3:::bucket'}"), "Invalid principal in policy: \"AWS\":\"arn:aws:s3:::bucket\""),
        arguments(RESOURCE, resourcePolicy("{'Service':'*'}"), "Invalid principal in policy: \"Service\":\"*\""),
        arguments(RESOURCE, resourcePolicy("{'Federated':'arn:aws:iam::123456789012:saml-provider/*'}"),
            "Invalid principal in policy: \"Federated\":\"arn:aws:iam::123456789012:saml-provider/*\""),
        arguments(RESOURCE, resourcePolicy("{'Group':'x'}"), "Invalid principal in policy: \"Group\""),
        arguments(RESOURCE, resourcePolicy("{'AWS':[]}"), "Invalid principal in policy: \"AWS\":[]"),
        arguments(RESOURCE, resourcePolicy("{}"), "Invalid principal in policy: {}"),
        arguments(RESOURCE, resourcePolicy("'arn:aws:iam::123456789012:root'"), "Invalid principal in policy: \"arn:aws:iam::123456789012:root\""),
        arguments(RESOURCE, resourcePolicy("5"), SYNTAX),
        arguments(RESOURCE, resourcePolicy("{'AWS':{'x':'y'}}"), SYNTAX),
        arguments(TRUST, trustPolicy("{'CanonicalUser':'79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be'}"),
            "Invalid principal in policy: \"CanonicalUser\":\"79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be\""),
        // reference_policies_elements_condition_operators.html: known operators only; Null has no IfExists.
        arguments(IDENTITY_MANAGED, identity(ALLOW_ALL + ",'Condition':{'StringEqualz':{'aws:username':'bob'}}"), SYNTAX),
        arguments(IDENTITY_MANAGED, identity(ALLOW_ALL + ",'Condition':{'NullIfExists':{'aws:username':'true'}}"), SYNTAX),
        arguments(IDENTITY_MANAGED, identity(ALLOW_ALL + ",'Condition':{'stringequals':{'aws:username':'bob'}}"), SYNTAX),
        arguments(IDENTITY_MANAGED, identity(ALLOW_ALL + ",'Condition':{'ForSomeValues:StringEquals':{'aws:TagKeys':'a'}}"), SYNTAX),
        arguments(IDENTITY_MANAGED, identity(ALLOW_ALL + ",'Condition':'x'"), SYNTAX),
        arguments(IDENTITY_MANAGED, identity(ALLOW_ALL + ",'Condition':{'StringEquals':'x'}"), SYNTAX),
        arguments(IDENTITY_MANAGED, identity(ALLOW_ALL + ",'Condition':{'StringEquals':{'aws:username':{'a':'b'}}}"), SYNTAX),
        arguments(IDENTITY_MANAGED, identity(ALLOW_ALL + ",'Condition':{'StringEquals':{'aws:username':null}}"), SYNTAX),
        arguments(IDENTITY_MANAGED, identity(ALLOW_ALL + ",'Condition':{'StringEquals':{'aws:username':[['a']]}}"), SYNTAX),
        arguments(IDENTITY_MANAGED, identity(ALLOW_ALL + ",'Condition':{'StringEquals':{'username':'bob'}}"),
            "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc."),
        // Date condition operators: ISO 8601 (W3C profile) or epoch seconds, else legacy parsing fails.
        arguments(IDENTITY_MANAGED, identity(ALLOW_ALL + ",'Condition':{'DateGreaterThan':{'aws:CurrentTime':'yesterday'}}"), LEGACY),
        arguments(IDENTITY_MANAGED, identity(ALLOW_ALL + ",'Condition':{'DateLessThan':{'aws:CurrentTime':['2020-01-01','2020-13-01']}}"), LEGACY),
        arguments(IDENTITY_MANAGED, identity(ALLOW_ALL + ",'Condition':{'ForAnyValue:DateEqualsIfExists':{'aws:CurrentTime':'${aws:EpochTime}'}}"), LEGACY));
  }

  static String resourcePolicy(String principal) {
    return json("{'Version':'2012-10-17','Statement':{'Effect':'Allow','Action':'s3:GetObject','Resource':'arn:aws:s3:::b/*','Principal':"
        + principal + "}}");
  }

  static String trustPolicy(String principal) {
    return json("{'Version':'2012-10-17','Statement':{'Effect':'Allow','Action':'sts:AssumeRole','Principal':" + principal + "}}");
  }

  @ParameterizedTest(name = "[{index}] {0} {1}")
  @MethodSource("rejected")
  void rejectsWithAwsMessage(PolicyKind kind, String policy, String expectedMessage) {
    assertThatThrownBy(() -> PARSER.parse(json(policy), kind))
        .isInstanceOfSatisfying(PolicyParseException.class, e -> {
          PolicyProblem first = e.first();
          assertThat(first.message()).isEqualTo(expectedMessage);
          assertThat(first.errorClass()).isEqualTo(
              kind == SCP || kind == RCP
                  ? PolicyErrorClass.ORGANIZATIONS_MALFORMED_POLICY_DOCUMENT
                  : PolicyErrorClass.MALFORMED_POLICY_DOCUMENT);
          assertThat(first.detail()).isNotBlank();
          // Every document problem points into the text.
          assertThat(e.problems()).allSatisfy(p -> assertThat(p.position()).isNotEqualTo(SourcePosition.UNKNOWN));
        });
  }

  static Stream<Arguments> accepted() {
    return Stream.of(
        // Inline, trust, session and resource policies accept the old version or none (grammar page).
        arguments(IDENTITY_INLINE_USER, "{'Statement':{" + ALLOW_ALL + "}}"),
        arguments(IDENTITY_INLINE_ROLE, "{'Version':'2008-10-17','Statement':[{" + ALLOW_ALL + "}]}"),
        arguments(SESSION, "{'Statement':{" + ALLOW_ALL + "}}"),
        arguments(TRUST, "{'Version':'2008-10-17','Statement':{'Effect':'Allow','Action':'sts:AssumeRole','Principal':{'Service':'ec2.amazonaws.com'}}}"),
        arguments(IDENTITY_MANAGED, "{'Id':'my policy','Version':'2012-10-17','Statement':{" + ALLOW_ALL + "}}"),
        // Empty Sids may repeat; other services allow any Sid characters in resource policies.
        arguments(IDENTITY_MANAGED, "{'Version':'2012-10-17','Statement':[{'Sid':''," + ALLOW_ALL + "},{'Sid':''," + ALLOW_ALL + "}]}"),
        arguments(RESOURCE, resourcePolicy("'*'").replace("\"Effect\"", "\"Sid\":\"Allow public read\",\"Effect\"")),
        // Principal forms of reference_policies_elements_principal.html.
        arguments(RESOURCE, resourcePolicy("{'AWS':'*'}")),
        arguments(RESOURCE, resourcePolicy("{'AWS':['123456789012','arn:aws:iam::123456789012:root','arn:aws:iam::123456789012:user/a/b/bob',"
            + "'arn:aws:iam::123456789012:role/r','arn:aws:sts::123456789012:assumed-role/r/s','arn:aws:sts::123456789012:federated-user/f',"
            + "'AIDAJQABLZS4A3QDU576Q','arn:aws-cn:iam::123456789012:root']}")),
        arguments(RESOURCE, resourcePolicy("{'Service':['ec2.amazonaws.com','lambda.amazonaws.com'],'Federated':'cognito-identity.amazonaws.com'}")),
        arguments(RESOURCE, resourcePolicy("{'CanonicalUser':'79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be'}")),
        arguments(RESOURCE, json("{'Version':'2012-10-17','Statement':{'Effect':'Deny','NotPrincipal':{'AWS':'arn:aws:iam::123456789012:root'},'Action':'*','Resource':'*'}}")),
        arguments(TRUST, trustPolicy("{'Federated':'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com'}")),
        arguments(RCP, "{'Version':'2012-10-17','Statement':{'Effect':'Deny','Principal':'*','Action':'s3:*','Resource':'*'}}"),
        // Resource ARNs the validators accept, including short ones without '::'.
        arguments(IDENTITY_MANAGED, identity("'Effect':'Allow','Action':'*','Resource':['arn:aws:s3:::b/*','arn:aws:iam::123456789012:root',"
            + "'arn:aws:iam::*:*','arn:aws:iam::123456789012:role/*','arn:aws:ec2:us-east-1:123','arn:aws:dynamodb:*:*:table/t/index/*',"
            + "'arn:aws-us-gov:s3:::b','arn:aws:s3:::${aws:username}/*']")),
        // Actions: wildcards in the name; vendor letters, digits, '-' and '.'.
        arguments(IDENTITY_MANAGED, identity("'Effect':'Allow','NotAction':['s3:Get*','iam:?ist*','execute-api:Invoke','a4b.x:y'],'Resource':'*'")),
        // Conditions: all operator spellings, literals kept, empty arrays and unknown operators with empty maps tolerated.
        arguments(IDENTITY_MANAGED, identity(ALLOW_ALL + ",'Condition':{'ForAllValues:StringLikeIfExists':{'aws:TagKeys':['a*']},"
            + "'Null':{'aws:TokenIssueTime':true},'NumericLessThan':{'s3:max-keys':10},'StringEquals':{'aws:username':[]},"
            + "'Unknown':{},'DateGreaterThan':{'aws:CurrentTime':['2020-01-01T00:00:00Z','2020','2020-06','2020-06-01t10:00-05:00',1577836800,'1577836800']},"
            + "'StringLike':{'aws:ResourceTag/aws:cloudformation:stack-name':'x'}}")),
        // Characters outside ASCII but within U+00FF, and JSON escapes for anything else.
        arguments(IDENTITY_MANAGED, identity(ALLOW_ALL + ",'Sid':'caf\u00e9'").replace("caf\u00e9", "cafe")
            .replace("'Resource':'*'", "'Resource':'arn:aws:s3:::caf\u00e9/\\u4e2d'")));
  }

  @ParameterizedTest(name = "[{index}] {0} {1}")
  @MethodSource("accepted")
  void accepts(PolicyKind kind, String policy) throws PolicyParseException {
    PolicyDocument document = PARSER.parse(json(policy), kind);
    assertThat(document.statements()).isNotEmpty();
    assertThat(document.sourceText()).isEqualTo(json(policy));
  }

  @Test
  void buildsTheModelWithPositions() throws PolicyParseException {
    String text = json(String.join("\n",
        "{",
        "  'Version': '2012-10-17',",
        "  'Statement': [",
        "    {'Sid': 'One', 'Effect': 'Allow', 'Action': ['s3:GetObject', 's3:PutObject'], 'Resource': 'arn:aws:s3:::b/*',",
        "     'Condition': {'NumericLessThan': {'s3:max-keys': 10}, 'Bool': {'aws:SecureTransport': [true, 'false']}}},",
        "    {'Effect': 'Deny', 'NotAction': 'iam:*', 'NotResource': ['*']}",
        "  ]",
        "}"));
    PolicyDocument document = PARSER.parse(text, IDENTITY_MANAGED);

    assertThat(document.version()).isEqualTo(PolicyVersion.V2012_10_17);
    assertThat(document.id()).isEmpty();
    Statement first = document.statements().get(0);
    assertThat(first.index()).isZero();
    assertThat(first.sid()).contains("One");
    assertThat(first.effect()).isEqualTo(Effect.ALLOW);
    assertThat(first.principal()).isEmpty();
    assertThat(first.action().negated()).isFalse();
    assertThat(first.action().values()).containsExactly("s3:GetObject", "s3:PutObject");
    assertThat(first.action().positions()).containsExactly(new SourcePosition(4, 50), new SourcePosition(4, 66));
    assertThat(first.resource().orElseThrow().values()).containsExactly("arn:aws:s3:::b/*");
    assertThat(first.conditions()).containsExactly(
        new ConditionEntry("NumericLessThan", "s3:max-keys", List.of("10"), new SourcePosition(5, 40)),
        new ConditionEntry("Bool", "aws:SecureTransport", List.of("true", "false"), new SourcePosition(5, 69)));
    assertThat(first.start()).isEqualTo(new SourcePosition(4, 5));
    assertThat(first.end()).isEqualTo(new SourcePosition(5, 110));

    Statement second = document.statements().get(1);
    assertThat(second.index()).isOne();
    assertThat(second.sid()).isEmpty();
    assertThat(second.effect()).isEqualTo(Effect.DENY);
    assertThat(second.action().negated()).isTrue();
    assertThat(second.resource().orElseThrow().negated()).isTrue();
    assertThat(second.resource().orElseThrow().values()).containsExactly("*");
  }

  @Test
  void keepsNumbersAndBooleansAsWritten() throws PolicyParseException {
    PolicyDocument document = PARSER.parse(
        identity(ALLOW_ALL + ",'Condition':{'NumericEquals':{'s3:max-keys':[1.50,-0,1e3,12345678901234567890]},'Bool':{'aws:SecureTransport':false}}"),
        IDENTITY_MANAGED);
    assertThat(document.statements().get(0).conditions())
        .extracting(ConditionEntry::values)
        .containsExactly(List.of("1.50", "-0", "1e3", "12345678901234567890"), List.of("false"));
  }

  @Test
  void singleStatementObjectIsStatementZero() throws PolicyParseException {
    PolicyDocument document = PARSER.parse(identity(ALLOW_ALL), IDENTITY_MANAGED);
    assertThat(document.statements()).singleElement().satisfies(s -> assertThat(s.index()).isZero());
  }

  @Test
  void readsPrincipals() throws PolicyParseException {
    PolicyDocument everyone = PARSER.parse(resourcePolicy("'*'"), RESOURCE);
    PrincipalElement star = everyone.statements().get(0).principal().orElseThrow();
    assertThat(star.everyone()).isTrue();
    assertThat(star.principals()).isEmpty();

    PolicyDocument listed = PARSER.parse(
        resourcePolicy("{'AWS':['*','123456789012'],'Service':'s3.amazonaws.com'}"), RESOURCE);
    PrincipalElement principal = listed.statements().get(0).principal().orElseThrow();
    assertThat(principal.negated()).isFalse();
    assertThat(principal.everyone()).isTrue();
    assertThat(principal.values(PrincipalKind.AWS)).containsExactly("123456789012");
    assertThat(principal.values(PrincipalKind.SERVICE)).containsExactly("s3.amazonaws.com");
    assertThat(principal.values(PrincipalKind.FEDERATED)).isEmpty();

    assertThat(principal.values(PrincipalKind.AWS)).isUnmodifiable();

    PolicyDocument trust = PARSER.parse(trustPolicy("{'AWS':'arn:aws:iam::123456789012:role/r'}"), TRUST);
    assertThat(trust.statements().get(0).resource()).isEmpty();
  }

  @Test
  void keepsVariablesAndVersionAsWritten() throws PolicyParseException {
    PolicyDocument old = PARSER.parse(json("{'Version':'2008-10-17','Statement':{'Effect':'Allow','Action':'s3:*','Resource':'arn:aws:s3:::${aws:username}'}}"), IDENTITY_INLINE_USER);
    assertThat(old.version()).isEqualTo(PolicyVersion.V2008_10_17);
    assertThat(old.statements().get(0).resource().orElseThrow().values()).containsExactly("arn:aws:s3:::${aws:username}");
    PolicyDocument none = PARSER.parse(json("{'Statement':{" + ALLOW_ALL + "}}"), IDENTITY_INLINE_USER);
    assertThat(none.version()).isEqualTo(PolicyVersion.ABSENT);
  }

  static Stream<Arguments> positions() {
    return Stream.of(
        // Problems point at the offending token (1-based line:column).
        arguments("{\n 'Version': '2012-10-17',\n 'Statement': {'Effect': 'allow', 'Action': '*', 'Resource': '*'}\n}", LEGACY, 3, 26),
        arguments("{\n 'Version': '2012-10-17',\n 'Statement': {'Effect': 'Allow', 'Effect': 'Deny'}\n}", SYNTAX, 3, 35),
        arguments("{\n 'Version': '2012-10-17',\n 'Statement': {'Effect': 'Allow', 'Action': 'x', 'Resource': '*'}\n}",
            "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.", 3, 45),
        arguments("{'Version': '2012-10-17',\n\n   'Oops': 1, 'Statement': {}}", SYNTAX, 3, 4),
        arguments("{'Version': '2012-10-17', 'Statement': {'Effect': 'Allow' 'Action': '*'}}", SYNTAX, 1, 59));
  }

  @ParameterizedTest(name = "[{index}] {1} at {2}:{3}")
  @MethodSource("positions")
  void reportsPositions(String policy, String message, int line, int column) {
    assertThatThrownBy(() -> PARSER.parse(json(policy), IDENTITY_MANAGED))
        .isInstanceOfSatisfying(PolicyParseException.class, e -> {
          assertThat(e.first().message()).isEqualTo(message);
          assertThat(e.first().position()).isEqualTo(new SourcePosition(line, column));
          assertThat(e.first().explanation()).contains("line " + line + ", column " + column);
        });
  }

  @Test
  void ordersProblemsAsAwsChecksThemAndReportsAll() {
    // Missing resources (stage RESOURCES), bad action vendor (ACTION_PREFIX), lower-case effect (LEGACY)
    // and an unknown element (SYNTAX), written in the opposite order.
    String policy = json("{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Action':'GetObject'},"
        + "{'Effect':'allow','Action':'*','Resource':'*'},{'Bogus':1,'Effect':'Allow','Action':'*','Resource':'*'}]}");
    assertThatThrownBy(() -> PARSER.parse(policy, IDENTITY_MANAGED))
        .isInstanceOfSatisfying(PolicyParseException.class, e -> assertThat(e.problems())
            .extracting(PolicyProblem::message)
            .containsExactly(SYNTAX, LEGACY, NO_RESOURCES,
                "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc."));
  }

  @Test
  void versionProblemComesBeforeLegacyProblems() {
    String policy = json("{'Statement':{'Effect':'allow','Action':'*','Resource':'*'}}");
    assertThatThrownBy(() -> PARSER.parse(policy, IDENTITY_MANAGED))
        .isInstanceOfSatisfying(PolicyParseException.class, e -> assertThat(e.problems())
            .extracting(PolicyProblem::message)
            .containsExactly("Policy document must be version 2012-10-17 or greater.", LEGACY));
  }

  @Test
  void exceptionMessageNamesTheFirstProblem() {
    assertThatThrownBy(() -> PARSER.parse(identity("'Effect':'Allow','Action':'*'"), IDENTITY_MANAGED))
        .hasMessageStartingWith("MalformedPolicyDocument: Policy statement must contain resources.");
  }
}
