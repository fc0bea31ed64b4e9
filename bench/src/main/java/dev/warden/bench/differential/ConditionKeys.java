package dev.warden.bench.differential;

import static dev.warden.policy.context.ContextKeyType.BOOLEAN;
import static dev.warden.policy.context.ContextKeyType.DATE;
import static dev.warden.policy.context.ContextKeyType.IP;
import static dev.warden.policy.context.ContextKeyType.NUMERIC;
import static dev.warden.policy.context.ContextKeyType.STRING;
import static dev.warden.policy.context.ContextKeyType.STRING_LIST;

import dev.warden.policy.context.ContextKeyType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The global condition keys the differential test uses, typed as the IAM User Guide's "AWS global
 * condition context keys" page types them (aws:EpochTime, "Date, Numeric", is numeric as Warden's
 * CallerContext sets it). ARN-typed keys (aws:PrincipalArn, aws:SourceArn) are
 * strings in the request context; ARN operators parse them.
 */
final class ConditionKeys {
  static final List<ConditionKey> ALL = List.of(
      ConditionKey.of("aws:PrincipalTag/team", STRING, List.of("blue", "green", "Blue"), List.of("blue", "green", "BLUE", "gr*", "b?ue")),
      ConditionKey.of("aws:PrincipalTag/owner", STRING, List.of("alice", "bob"), List.of("alice", "bob", "${aws:username}", "a*")),
      ConditionKey.of("aws:RequestedRegion", STRING, List.of("us-east-1", "eu-west-1"), List.of("us-east-1", "eu-*", "us-west-2")),
      ConditionKey.of("aws:PrincipalOrgID", STRING, List.of("o-abc123", "o-zzz999"), List.of("o-abc123", "o-*")),
      ConditionKey.of("aws:SourceVpc", STRING, List.of("vpc-111", "vpc-222"), List.of("vpc-111", "vpc-2*")),
      ConditionKey.of("aws:UserAgent", STRING, List.of("aws-cli/2.15", "Boto3/1.34"), List.of("aws-cli/*", "boto3/1.34", "Boto3/1.34")),
      ConditionKey.of("aws:SourceAccount", STRING, List.of(Pools.CALLER_ACCOUNT, Pools.OTHER_ACCOUNT), List.of(Pools.CALLER_ACCOUNT, "${aws:PrincipalAccount}", "2222*")),
      ConditionKey.of("aws:TagKeys", STRING_LIST, List.of("env", "team", "owner", "Cost"), List.of("env", "team", "cost", "own*")),
      ConditionKey.of("aws:PrincipalOrgPaths", STRING_LIST, List.of("o-abc123/r-ab12/ou-1/", "o-abc123/r-ab12/ou-2/"), List.of("o-abc123/r-ab12/ou-1/", "o-abc123/*")),
      ConditionKey.of("aws:CalledVia", STRING_LIST, List.of("cloudformation.amazonaws.com", "athena.amazonaws.com"), List.of("cloudformation.amazonaws.com", "*.amazonaws.com")),
      ConditionKey.of("aws:MultiFactorAuthAge", NUMERIC, List.of("30", "3600", "7200"), List.of("3600", "600.5", "30")),
      ConditionKey.of("aws:CurrentTime", DATE, List.of("2026-03-01T12:00:00Z", "2019-12-31T23:59:59Z"), List.of("2020-01-01T00:00:00Z", "2026-03-01T12:00:00Z", "2026-03-01", "1772366400")),
      ConditionKey.of("aws:EpochTime", NUMERIC, List.of("1772366400", "1577836799"), List.of("1772366400", "1600000000")),
      ConditionKey.of("aws:TokenIssueTime", DATE, List.of("2026-02-28T08:00:00Z"), List.of("2026-03-01T00:00:00Z", "2026-02-28T08:00:00Z")),
      ConditionKey.of("aws:SecureTransport", BOOLEAN, List.of("true", "false"), List.of("true", "false")),
      ConditionKey.of("aws:MultiFactorAuthPresent", BOOLEAN, List.of("true", "false"), List.of("true", "false")),
      ConditionKey.of("aws:ViaAWSService", BOOLEAN, List.of("false", "true"), List.of("true", "false")),
      ConditionKey.of("aws:SourceIp", IP, List.of("10.20.30.40", "192.168.1.7", "203.0.113.9", "2001:db8::1"), List.of("10.0.0.0/8", "203.0.113.0/24", "192.168.1.7", "2001:db8::/32", "192.168.1.0/31")),
      ConditionKey.of("aws:SourceArn", STRING, List.of("arn:aws:sns:us-east-1:111111111111:alerts", "arn:aws:s3:::logs-bucket"), List.of("arn:aws:sns:us-east-1:111111111111:alerts", "arn:aws:sns:*:111111111111:*", "arn:aws:s3:::logs-*", "arn:aws:s3:::*")),
      ConditionKey.caller("aws:username", STRING, List.of("alice", "bob", "Alice", "a*")),
      ConditionKey.caller("aws:userid", STRING, List.of("AIDAALICEEXAMPLE00001", "AROADEPLOYEREXAMPLE01:*", "AROA*:alice")),
      ConditionKey.caller("aws:PrincipalAccount", STRING, List.of(Pools.CALLER_ACCOUNT, Pools.OTHER_ACCOUNT)),
      ConditionKey.caller("aws:PrincipalType", STRING, List.of("User", "AssumedRole")),
      ConditionKey.caller("aws:PrincipalArn", STRING, List.of(
          "arn:aws:iam::111111111111:user/alice", "arn:aws:iam::111111111111:role/deployer", "arn:aws:iam::111111111111:role/*",
          "arn:aws:iam::*:user/*", "arn:aws:iam::111111111111:user/dev/*")));

  private static final Map<String, ContextKeyType> BY_NAME = byName();

  private ConditionKeys() {}

  /**
   * The type of a key, for requests read from JSON: the table above, then the tag families, then by
   * the value's shape (an array is a string list).
   */
  static ContextKeyType typeOf(String key, boolean arrayValue) {
    String lower = key.toLowerCase(Locale.ROOT);
    ContextKeyType known = BY_NAME.get(lower);
    if (known == null) {
      int slash = lower.indexOf('/');
      known = slash < 0 ? null : BY_NAME.get(lower.substring(0, slash + 1) + "*");
    }
    if (known != null) {
      return arrayValue && !known.multiValued() ? listOf(known) : known;
    }
    return arrayValue ? STRING_LIST : STRING;
  }

  static Optional<ConditionKey> named(String name) {
    return ALL.stream().filter(k -> k.name().equalsIgnoreCase(name)).findFirst();
  }

  private static ContextKeyType listOf(ContextKeyType scalar) {
    return ContextKeyType.fromAwsName(scalar.awsName() + "List").orElse(STRING_LIST);
  }

  private static Map<String, ContextKeyType> byName() {
    Map<String, ContextKeyType> out = new java.util.HashMap<>();
    for (ConditionKey key : ALL) {
      out.put(key.name().toLowerCase(Locale.ROOT), key.type());
    }
    // Keys the bench workloads use that the generator does not.
    out.put("aws:principaltag/*", STRING);
    out.put("aws:resourcetag/*", STRING);
    out.put("aws:requesttag/*", STRING);
    out.put("aws:sourcevpce", STRING);
    out.put("aws:vpcsourceip", IP);
    out.put("aws:principalisawsservice", BOOLEAN);
    out.put("aws:principalservicenameslist", STRING_LIST);
    out.put("aws:resourceorgpaths", STRING_LIST);
    out.put("aws:sourceorgpaths", STRING_LIST);
    out.put("aws:calledviafirst", STRING);
    out.put("aws:calledvialast", STRING);
    out.put("aws:resourceaccount", STRING);
    out.put("aws:resourceorgid", STRING);
    return Map.copyOf(out);
  }
}
