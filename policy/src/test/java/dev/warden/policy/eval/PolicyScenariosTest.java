package dev.warden.policy.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.policy.context.ContextKeyType;
import dev.warden.policy.context.ContextValue;
import dev.warden.policy.context.RequestContext;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.parse.PolicyParser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole documents through parser, compiler and authorizer: the pitfalls iam-semantics.md lists and
 * the examples of the IAM User Guide (pages named per group).
 */
class PolicyScenariosTest {
  private static final String ALICE = "arn:aws:iam::111111111111:user/alice";
  private static final String SESSION = "arn:aws:sts::111111111111:assumed-role/etl/job-1";

  /** One scenario; policies are JSON texts, context entries "key=type:v1,v2". */
  record Scenario(
      String name,
      List<String> identity,
      String boundary,
      String resourcePolicy,
      String sessionPolicy,
      String principal,
      String action,
      String resource,
      String resourceAccount,
      List<String> context,
      EvalDecision expected) {
    @Override
    public String toString() {
      return name;
    }

    Scenario with(String key, String value) {
      List<String> more = new ArrayList<>(context);
      more.add(key + "=" + value);
      return new Scenario(name, identity, boundary, resourcePolicy, sessionPolicy, principal, action, resource,
          resourceAccount, more, expected);
    }
  }

  static Scenario identity(String name, String policy, String action, String resource, EvalDecision expected, String... context) {
    return new Scenario(name, List.of(policy), null, null, null, ALICE, action, resource, null, List.of(context), expected);
  }

  /**
   * One row of the measured table: {@code boundaryAllows} false means a boundary that allows
   * something else (the role always has one), {@code identityAllows} false no role policy.
   */
  static Scenario kehoe(String row, boolean boundaryAllows, boolean identityAllows, boolean resourceAllows, EvalDecision expected) {
    String object = "arn:aws:s3:::lake/" + row;
    return new Scenario("role ARN in bucket policy, allows: " + row,
        identityAllows ? List.of(allow("\"s3:PutObject\"", "\"" + object + "\"", null)) : List.of(),
        allow("\"s3:PutObject\"", boundaryAllows ? "\"" + object + "\"" : "\"arn:aws:s3:::lake/other\"", null),
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111111111111:role/etl\"},"
            + "\"Action\":\"s3:PutObject\",\"Resource\":\"" + (resourceAllows ? object : "arn:aws:s3:::lake/other") + "\"}]}",
        null, SESSION, "s3:PutObject", object, null, List.of(), expected);
  }

  static String allow(String action, String resource, String condition) {
    return statementPolicy("2012-10-17", "Allow", action, resource, condition);
  }

  static String statementPolicy(String version, String effect, String action, String resource, String condition) {
    return "{" + (version == null ? "" : "\"Version\":\"" + version + "\",")
        + "\"Statement\":[{\"Effect\":\"" + effect + "\",\"Action\":" + action + ",\"Resource\":" + resource
        + (condition == null ? "" : ",\"Condition\":" + condition) + "}]}";
  }

  static Stream<Scenario> scenarios() {
    EvalDecision yes = EvalDecision.ALLOWED;
    EvalDecision no = EvalDecision.IMPLICIT_DENY;
    EvalDecision deny = EvalDecision.EXPLICIT_DENY;
    String bucketObject = "arn:aws:s3:::lake/alice/report.csv";
    return Stream.of(
        // reference_policies_variables: variables, defaults, escapes, and Version.
        identity("username variable", allow("\"s3:GetObject\"", "\"arn:aws:s3:::lake/${aws:username}/*\"", null),
            "s3:GetObject", bucketObject, yes),
        identity("username variable, other user's folder", allow("\"s3:GetObject\"", "\"arn:aws:s3:::lake/${aws:username}/*\"", null),
            "s3:GetObject", "arn:aws:s3:::lake/bob/report.csv", no),
        identity("variables are literal under 2008-10-17",
            statementPolicy("2008-10-17", "Allow", "\"s3:GetObject\"", "\"arn:aws:s3:::lake/${aws:username}/*\"", null),
            "s3:GetObject", bucketObject, no),
        identity("2008-10-17 literal text matches itself",
            statementPolicy("2008-10-17", "Allow", "\"s3:GetObject\"", "\"arn:aws:s3:::lake/${aws:username}/*\"", null),
            "s3:GetObject", "arn:aws:s3:::lake/${aws:username}/x", yes),
        identity("no Version: variables are literal",
            statementPolicy(null, "Allow", "\"s3:GetObject\"", "\"arn:aws:s3:::lake/${aws:username}/*\"", null),
            "s3:GetObject", bucketObject, no),
        identity("unresolved variable matches nothing", allow("\"s3:GetObject\"", "\"arn:aws:s3:::lake/${aws:PrincipalTag/team}/*\"", null),
            "s3:GetObject", "arn:aws:s3:::lake/blue/x", no),
        identity("variable default", allow("\"s3:GetObject\"", "\"arn:aws:s3:::lake/${aws:PrincipalTag/team, 'shared'}/*\"", null),
            "s3:GetObject", "arn:aws:s3:::lake/shared/x", yes),
        identity("${*} is a literal star", allow("\"s3:GetObject\"", "\"arn:aws:s3:::lake/${*}/x\"", null),
            "s3:GetObject", "arn:aws:s3:::lake/anything/x", no),
        identity("${*} matches a real star", allow("\"s3:GetObject\"", "\"arn:aws:s3:::lake/${*}/x\"", null),
            "s3:GetObject", "arn:aws:s3:::lake/*/x", yes),
        identity("principal tag variable in condition", allow("\"s3:GetObject\"", "\"*\"",
            "{\"StringEquals\":{\"s3:prefix\":\"${aws:PrincipalTag/team}\"}}"), "s3:GetObject", bucketObject, yes,
            "aws:PrincipalTag/team=string:blue", "s3:prefix=string:blue"),
        // reference_policies_elements_action / notaction / resource / notresource.
        identity("action case-insensitive", allow("\"S3:getobject\"", "\"*\"", null), "s3:GetObject", bucketObject, yes),
        identity("question mark wildcard", allow("\"s3:GetObjec?\"", "\"*\"", null), "s3:GetObject", bucketObject, yes),
        identity("NotAction allows every other service", allow("\"iam:*\"", "\"*\"", null)
            .replace("\"Action\"", "\"NotAction\""), "s3:GetObject", bucketObject, yes),
        identity("NotAction excludes listed", allow("\"iam:*\"", "\"*\"", null).replace("\"Action\"", "\"NotAction\""),
            "iam:CreateUser", "arn:aws:iam::111111111111:user/x", no),
        identity("NotResource", allow("\"s3:*\"", "\"arn:aws:s3:::secret/*\"", null).replace("\"Resource\"", "\"NotResource\""),
            "s3:GetObject", bucketObject, yes),
        identity("NotResource excludes", allow("\"s3:*\"", "\"arn:aws:s3:::lake/*\"", null).replace("\"Resource\"", "\"NotResource\""),
            "s3:GetObject", bucketObject, no),
        // reference_policies_variables with NotResource: the variable resolves per caller; when it cannot
        // resolve, the entry excludes nothing, so the NotResource statement applies (iam-semantics §2.4).
        identity("NotResource variable excludes the caller's own folder",
            allow("\"s3:GetObject\"", "\"arn:aws:s3:::lake/${aws:username}/*\"", null).replace("\"Resource\"", "\"NotResource\""),
            "s3:GetObject", bucketObject, no),
        identity("NotResource variable leaves other folders",
            allow("\"s3:GetObject\"", "\"arn:aws:s3:::lake/${aws:username}/*\"", null).replace("\"Resource\"", "\"NotResource\""),
            "s3:GetObject", "arn:aws:s3:::lake/bob/x", yes),
        new Scenario("NotResource variable without a value excludes nothing",
            List.of(allow("\"s3:GetObject\"", "\"arn:aws:s3:::lake/${aws:username}/*\"", null).replace("\"Resource\"", "\"NotResource\"")),
            null, null, null, SESSION, "s3:GetObject", "arn:aws:s3:::lake/etl/x", null, List.of(), yes),
        new Scenario("Resource variable without a value matches nothing",
            List.of(allow("\"s3:GetObject\"", "\"arn:aws:s3:::lake/${aws:username}/*\"", null)),
            null, null, null, SESSION, "s3:GetObject", "arn:aws:s3:::lake/etl/x", null, List.of(), no),
        identity("${?} and ${$} are literal in Resource", allow("\"s3:GetObject\"", "\"arn:aws:s3:::lake/${?}${$}/*\"", null),
            "s3:GetObject", "arn:aws:s3:::lake/?$/x", yes),
        identity("${?} is not a wildcard in Resource", allow("\"s3:GetObject\"", "\"arn:aws:s3:::lake/${?}/*\"", null),
            "s3:GetObject", "arn:aws:s3:::lake/a/x", no),
        identity("NotAction with Allow is limited by its Resource", allow("\"iam:*\"", "\"arn:aws:s3:::other/*\"", null)
            .replace("\"Action\"", "\"NotAction\""), "s3:GetObject", bucketObject, no),
        identity("action wildcard inside the name", allow("\"s3:Get*Object\"", "\"*\"", null), "s3:GetObject", bucketObject, yes),
        identity("action wildcard inside the name needs the suffix", allow("\"s3:Get*Object\"", "\"*\"", null),
            "s3:GetObjectAcl", bucketObject, no),
        identity("resource is case-sensitive", allow("\"s3:GetObject\"", "\"arn:aws:s3:::Lake/*\"", null), "s3:GetObject", bucketObject, no),
        identity("star spans slashes in the resource part", allow("\"s3:GetObject\"", "\"arn:aws:s3:::lake/*.csv\"", null),
            "s3:GetObject", bucketObject, yes),
        identity("star does not cross the account colon", allow("\"dynamodb:GetItem\"", "\"arn:aws:dynamodb:us-east-1:*table/t\"", null),
            "dynamodb:GetItem", "arn:aws:dynamodb:us-east-1:111111111111:table/t", no),
        identity("region wildcard", allow("\"dynamodb:GetItem\"", "\"arn:aws:dynamodb:*:111111111111:table/t\"", null),
            "dynamodb:GetItem", "arn:aws:dynamodb:eu-west-1:111111111111:table/t", yes),
        // reference_policies_elements_condition_operators: missing keys, IfExists, negation, Null, sets.
        identity("missing key: positive operator false", allow("\"s3:*\"", "\"*\"", "{\"StringEquals\":{\"aws:PrincipalTag/team\":\"blue\"}}"),
            "s3:GetObject", bucketObject, no),
        identity("missing key: negated operator true", allow("\"s3:*\"", "\"*\"", "{\"StringNotEquals\":{\"aws:PrincipalTag/team\":\"red\"}}"),
            "s3:GetObject", bucketObject, yes),
        identity("IfExists on missing key", allow("\"s3:*\"", "\"*\"", "{\"StringEqualsIfExists\":{\"aws:PrincipalTag/team\":\"blue\"}}"),
            "s3:GetObject", bucketObject, yes),
        identity("IfExists on present key", allow("\"s3:*\"", "\"*\"", "{\"StringEqualsIfExists\":{\"aws:PrincipalTag/team\":\"blue\"}}"),
            "s3:GetObject", bucketObject, no, "aws:PrincipalTag/team=string:red"),
        identity("condition key names are case-insensitive", allow("\"s3:*\"", "\"*\"", "{\"StringEquals\":{\"AWS:PRINCIPALTAG/TEAM\":\"blue\"}}"),
            "s3:GetObject", bucketObject, yes, "aws:PrincipalTag/team=string:blue"),
        identity("values are OR", allow("\"s3:*\"", "\"*\"", "{\"StringEquals\":{\"aws:PrincipalTag/team\":[\"red\",\"blue\"]}}"),
            "s3:GetObject", bucketObject, yes, "aws:PrincipalTag/team=string:blue"),
        identity("negated values are NOR", allow("\"s3:*\"", "\"*\"", "{\"StringNotEquals\":{\"aws:PrincipalTag/team\":[\"red\",\"blue\"]}}"),
            "s3:GetObject", bucketObject, no, "aws:PrincipalTag/team=string:blue"),
        identity("keys are AND", allow("\"s3:*\"", "\"*\"",
            "{\"StringEquals\":{\"aws:PrincipalTag/team\":\"blue\",\"aws:PrincipalTag/env\":\"prod\"}}"),
            "s3:GetObject", bucketObject, no, "aws:PrincipalTag/team=string:blue"),
        identity("operators are AND", allow("\"s3:*\"", "\"*\"",
            "{\"StringEquals\":{\"aws:PrincipalTag/team\":\"blue\"},\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}"),
            "s3:GetObject", bucketObject, no, "aws:PrincipalTag/team=string:blue", "aws:SourceIp=ip:192.0.2.1"),
        identity("operators are AND, both hold", allow("\"s3:*\"", "\"*\"",
            "{\"StringEquals\":{\"aws:PrincipalTag/team\":\"blue\"},\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}"),
            "s3:GetObject", bucketObject, yes, "aws:PrincipalTag/team=string:blue", "aws:SourceIp=ip:10.1.2.3"),
        identity("Null true on missing key", allow("\"s3:*\"", "\"*\"", "{\"Null\":{\"aws:TokenIssueTime\":\"true\"}}"),
            "s3:GetObject", bucketObject, yes),
        identity("Null false needs the key", allow("\"s3:*\"", "\"*\"", "{\"Null\":{\"aws:TokenIssueTime\":\"false\"}}"),
            "s3:GetObject", bucketObject, no),
        identity("ForAllValues true on missing key", allow("\"s3:*\"", "\"*\"", "{\"ForAllValues:StringEquals\":{\"aws:TagKeys\":[\"a\"]}}"),
            "s3:GetObject", bucketObject, yes),
        identity("ForAllValues with an extra value", allow("\"s3:*\"", "\"*\"", "{\"ForAllValues:StringEquals\":{\"aws:TagKeys\":[\"a\"]}}"),
            "s3:GetObject", bucketObject, no, "aws:TagKeys=stringList:a,b"),
        identity("ForAnyValue false on missing key", allow("\"s3:*\"", "\"*\"", "{\"ForAnyValue:StringEquals\":{\"aws:TagKeys\":[\"a\"]}}"),
            "s3:GetObject", bucketObject, no),
        identity("ForAnyValue one of several", allow("\"s3:*\"", "\"*\"", "{\"ForAnyValue:StringEquals\":{\"aws:TagKeys\":[\"a\"]}}"),
            "s3:GetObject", bucketObject, yes, "aws:TagKeys=stringList:b,a"),
        identity("IpAddress CIDR", allow("\"s3:*\"", "\"*\"", "{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}}"),
            "s3:GetObject", bucketObject, yes, "aws:SourceIp=ip:203.0.113.9"),
        identity("IPv6 CIDR", allow("\"s3:*\"", "\"*\"", "{\"IpAddress\":{\"aws:SourceIp\":\"2001:DB8:1234:5678::/64\"}}"),
            "s3:GetObject", bucketObject, yes, "aws:SourceIp=ip:2001:db8:1234:5678::1"),
        identity("date as ISO", allow("\"s3:*\"", "\"*\"", "{\"DateLessThan\":{\"aws:CurrentTime\":\"2030-01-01T00:00:00Z\"}}"),
            "s3:GetObject", bucketObject, yes, "aws:CurrentTime=date:2026-03-01T12:00:00Z"),
        identity("date as epoch seconds", allow("\"s3:*\"", "\"*\"", "{\"DateGreaterThan\":{\"aws:CurrentTime\":\"1767225600\"}}"),
            "s3:GetObject", bucketObject, yes, "aws:CurrentTime=date:2026-03-01T12:00:00Z"),
        identity("date as epoch milliseconds", allow("\"s3:*\"", "\"*\"", "{\"DateGreaterThan\":{\"aws:CurrentTime\":\"1798761600000\"}}"),
            "s3:GetObject", bucketObject, no, "aws:CurrentTime=date:2026-03-01T12:00:00Z"),
        identity("numeric", allow("\"s3:ListBucket\"", "\"*\"", "{\"NumericLessThanEquals\":{\"s3:max-keys\":\"10\"}}"),
            "s3:ListBucket", "arn:aws:s3:::lake", yes, "s3:max-keys=numeric:10"),
        identity("Bool against unquoted JSON boolean", allow("\"s3:*\"", "\"*\"", "{\"Bool\":{\"aws:SecureTransport\":true}}"),
            "s3:GetObject", bucketObject, yes, "aws:SecureTransport=boolean:true"),
        identity("ArnLike per segment", allow("\"iam:PassRole\"", "\"*\"", "{\"ArnLike\":{\"iam:AssociatedResourceArn\":\"arn:aws:ec2:*:111111111111:instance/*\"}}"),
            "iam:PassRole", "arn:aws:iam::111111111111:role/r", yes, "iam:AssociatedResourceArn=string:arn:aws:ec2:us-east-1:111111111111:instance/i-1"),
        identity("deny with BoolIfExists catches long-term keys",
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"},"
                + "{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"BoolIfExists\":{\"aws:MultiFactorAuthPresent\":\"false\"}}}]}",
            "s3:GetObject", bucketObject, deny),
        identity("deny with Bool false misses long-term keys",
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"},"
                + "{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"false\"}}}]}",
            "s3:GetObject", bucketObject, yes),
        // Resource-based policies (reference_policies_elements_principal, evaluation-logic).
        new Scenario("bucket policy naming the user, no identity policy", List.of(), null,
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + ALICE + "\"},"
                + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::lake/*\"}]}", null, ALICE, "s3:GetObject", bucketObject, null, List.of(), yes),
        new Scenario("bucket policy naming the account, no identity policy", List.of(), null,
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"111111111111\"},"
                + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::lake/*\"}]}", null, ALICE, "s3:GetObject", bucketObject, null, List.of(), no),
        new Scenario("cross-account bucket policy naming the account plus identity allow",
            List.of(allow("\"s3:GetObject\"", "\"*\"", null)), null,
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111111111111:root\"},"
                + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::lake/*\"}]}", null, ALICE, "s3:GetObject", bucketObject,
            "222222222222", List.of(), yes),
        new Scenario("cross-account without bucket policy", List.of(allow("\"s3:GetObject\"", "\"*\"", null)), null, null, null,
            ALICE, "s3:GetObject", bucketObject, "222222222222", List.of(), no),
        new Scenario("public bucket policy allows anyone", List.of(), null,
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::lake/*\"}]}",
            null, "*", "s3:GetObject", bucketObject, null, List.of(), yes),
        new Scenario("NotPrincipal deny naming only the session still denies the session", List.of(allow("\"s3:*\"", "\"*\"", null)), null,
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":\"" + SESSION + "\"},"
                + "\"Action\":\"s3:*\",\"Resource\":\"*\"}]}", null, SESSION, "s3:GetObject", bucketObject, null, List.of(), deny),
        new Scenario("NotPrincipal deny naming session, role and account spares the session", List.of(allow("\"s3:*\"", "\"*\"", null)), null,
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":[\"" + SESSION + "\","
                + "\"arn:aws:iam::111111111111:role/etl\",\"arn:aws:iam::111111111111:root\"]},\"Action\":\"s3:*\",\"Resource\":\"*\"}]}",
            null, SESSION, "s3:GetObject", bucketObject, null, List.of(), yes),
        new Scenario("NotPrincipal deny applies to others", List.of(allow("\"s3:*\"", "\"*\"", null)), null,
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":[\"" + SESSION + "\","
                + "\"arn:aws:iam::111111111111:role/etl\",\"arn:aws:iam::111111111111:root\"]},\"Action\":\"s3:*\",\"Resource\":\"*\"}]}",
            null, ALICE, "s3:GetObject", bucketObject, null, List.of(), deny),
        // access_policies_boundaries ("Important"): a NotPrincipal Deny always denies a principal that has a
        // permissions boundary, whatever the NotPrincipal lists.
        new Scenario("NotPrincipal deny listing the session, role and account still denies it under a boundary",
            List.of(allow("\"s3:*\"", "\"*\"", null)), allow("\"s3:*\"", "\"*\"", null),
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":[\"" + SESSION + "\","
                + "\"arn:aws:iam::111111111111:role/etl\",\"arn:aws:iam::111111111111:root\"]},\"Action\":\"s3:*\",\"Resource\":\"*\"}]}",
            null, SESSION, "s3:GetObject", bucketObject, null, List.of(), deny),
        new Scenario("NotPrincipal deny listing the user and account still denies the user under a boundary",
            List.of(allow("\"s3:*\"", "\"*\"", null)), allow("\"s3:*\"", "\"*\"", null),
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":[\"" + ALICE + "\","
                + "\"arn:aws:iam::111111111111:root\"]},\"Action\":\"s3:*\",\"Resource\":\"*\"}]}",
            null, ALICE, "s3:GetObject", bucketObject, null, List.of(), deny),
        new Scenario("NotPrincipal deny listing the user and account spares the user without a boundary",
            List.of(allow("\"s3:*\"", "\"*\"", null)), null,
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":[\"" + ALICE + "\","
                + "\"arn:aws:iam::111111111111:root\"]},\"Action\":\"s3:*\",\"Resource\":\"*\"}]}",
            null, ALICE, "s3:GetObject", bucketObject, null, List.of(), yes),
        new Scenario("NotPrincipal allow under a boundary is still decided by what it lists",
            List.of(), allow("\"s3:*\"", "\"*\"", null),
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"NotPrincipal\":{\"AWS\":\"arn:aws:iam::111111111111:user/bob\"},"
                + "\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}",
            null, ALICE, "s3:GetObject", bucketObject, null, List.of(), yes),
        // reference_policies_elements_notprincipal: NotPrincipal with Allow grants everyone not listed,
        // anonymous callers included.
        new Scenario("NotPrincipal allow grants an anonymous caller", List.of(), null,
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"NotPrincipal\":{\"AWS\":\"arn:aws:iam::111111111111:user/bob\"},"
                + "\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}",
            null, "*", "s3:GetObject", bucketObject, null, List.of(), yes),
        new Scenario("NotPrincipal allow does not grant the listed user", List.of(), null,
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"NotPrincipal\":{\"AWS\":[\"" + ALICE + "\",\"111111111111\"]},"
                + "\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}",
            null, ALICE, "s3:GetObject", bucketObject, null, List.of(), no),
        new Scenario("Principal AWS-star grants an anonymous caller like star", List.of(), null,
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::lake/*\"}]}",
            null, "*", "s3:GetObject", bucketObject, null, List.of(), yes),
        new Scenario("bucket policy naming the session ignores the session policy", List.of(), null,
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + SESSION + "\"},"
                + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::lake/*\"}]}",
            allow("\"sqs:*\"", "\"*\"", null), SESSION, "s3:GetObject", bucketObject, null, List.of(), yes),
        new Scenario("bucket policy naming the role is limited by the session policy", List.of(), null,
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111111111111:role/etl\"},"
                + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::lake/*\"}]}",
            allow("\"sqs:*\"", "\"*\"", null), SESSION, "s3:GetObject", bucketObject, null, List.of(), no),
        new Scenario("bucket policy naming the role allows without an identity policy", List.of(), null,
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111111111111:role/etl\"},"
                + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::lake/*\"}]}",
            null, SESSION, "s3:GetObject", bucketObject, null, List.of(), yes),
        new Scenario("cross-account bucket policy naming the session still needs the identity allow", List.of(), null,
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + SESSION + "\"},"
                + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::lake/*\"}]}",
            null, SESSION, "s3:GetObject", bucketObject, "222222222222", List.of(), no),
        // benkehoe/permissions-boundary-test (measured on AWS): a role with a boundary (B), a role policy (P)
        // and a bucket policy naming the role ARN (R); only B+P, B+R and B+P+R allow.
        kehoe("R", false, false, true, no),
        kehoe("B+P", true, true, false, yes),
        kehoe("B+R", true, false, true, yes),
        kehoe("B+P+R", true, true, true, yes),
        kehoe("B", true, false, false, no),
        kehoe("P", false, true, false, no),
        kehoe("P+R", false, true, true, no),
        // Session policies (access_policies#policies_session).
        new Scenario("session policy narrows a role session", List.of(allow("\"s3:*\"", "\"*\"", null)), null, null,
            allow("\"s3:ListBucket\"", "\"*\"", null), SESSION, "s3:GetObject", bucketObject, null, List.of(), no),
        new Scenario("session policy alone grants nothing", List.of(), null, null,
            allow("\"s3:*\"", "\"*\"", null), SESSION, "s3:GetObject", bucketObject, null, List.of(), no),
        // Permissions boundaries (access_policies_boundaries).
        new Scenario("boundary and identity intersect", List.of(allow("\"s3:*\"", "\"*\"", null)),
            allow("\"s3:GetObject\"", "\"arn:aws:s3:::lake/*\"", null), null, null, ALICE, "s3:PutObject", bucketObject, null, List.of(), no),
        new Scenario("boundary and identity both allow", List.of(allow("\"s3:*\"", "\"*\"", null)),
            allow("\"s3:GetObject\"", "\"arn:aws:s3:::lake/*\"", null), null, null, ALICE, "s3:GetObject", bucketObject, null, List.of(), yes));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void decides(Scenario s) throws Exception {
    PolicyParser parser = PolicyParser.standard();
    PolicySet.Builder set = PolicySet.builder();
    int n = 0;
    for (String text : s.identity) {
      set.identity(PolicyCompiler.compile(parser.parse(text, PolicyKind.IDENTITY_INLINE_ROLE), "identity-" + n++, PolicyType.IDENTITY));
    }
    if (s.boundary != null) {
      set.boundary(PolicyCompiler.compile(parser.parse(s.boundary, PolicyKind.BOUNDARY), "boundary", PolicyType.PERMISSIONS_BOUNDARY));
    }
    if (s.resourcePolicy != null) {
      set.resource(PolicyCompiler.compile(parser.parse(s.resourcePolicy, PolicyKind.RESOURCE), "resource", PolicyType.RESOURCE));
    }
    if (s.sessionPolicy != null) {
      set.session(PolicyCompiler.compile(parser.parse(s.sessionPolicy, PolicyKind.SESSION), "session", PolicyType.SESSION));
    }
    Caller caller = Caller.parse(s.principal);
    RequestContext.Builder context = CallerContext.derive(caller, Instant.parse("2026-03-01T12:00:00Z")).toBuilder();
    context.remove("aws:CurrentTime");
    for (String entry : s.context) {
      int equals = entry.indexOf('=');
      int colon = entry.indexOf(':', equals);
      ContextKeyType type = ContextKeyType.fromAwsName(entry.substring(equals + 1, colon)).orElseThrow();
      String raw = entry.substring(colon + 1);
      context.put(entry.substring(0, equals),
          new ContextValue(type, type.multiValued() ? List.of(raw.split(",")) : List.of(raw)));
    }
    AuthorizationRequest request = new AuthorizationRequest(caller, s.action, s.resource,
        Optional.ofNullable(s.resourceAccount), context.build());
    Authorizer authorizer = new Authorizer();
    Decision decision = authorizer.authorize(set.build(), request);
    assertThat(decision.decision()).as(DecisionJson.toText(decision)).isEqualTo(s.expected);
    assertThat(authorizer.decide(set.build(), request)).isEqualTo(s.expected);
    if (s.expected == EvalDecision.EXPLICIT_DENY) {
      // as the simulator's MatchedStatements: the winning Deny statements only
      assertThat(decision.decidingStatements()).isNotEmpty()
          .allMatch(statement -> statement.effect() == dev.warden.policy.document.Effect.DENY);
    } else if (s.expected == EvalDecision.IMPLICIT_DENY) {
      assertThat(decision.decidingStatements()).isEmpty();
    } else {
      assertThat(decision.decidingStatements()).isNotEmpty()
          .allMatch(statement -> statement.effect() == dev.warden.policy.document.Effect.ALLOW);
    }
  }
}
