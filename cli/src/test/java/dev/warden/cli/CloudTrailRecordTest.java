package dev.warden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.core.audit.AuditEvent;
import dev.warden.core.audit.SessionContext;
import dev.warden.core.audit.SessionIssuer;
import dev.warden.core.audit.UserIdentity;
import dev.warden.core.audit.WebIdFederationData;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each row: a stored event, a JSON pointer into its CloudTrail record, and the JSON value CloudTrail
 * writes there ({@code ABSENT}: CloudTrail leaves the member out). Expected values follow the AWS
 * CloudTrail User Guide ("CloudTrail record contents", "CloudTrail userIdentity element") and the
 * example records in the IAM User Guide ("Logging IAM and AWS STS API calls with AWS CloudTrail").
 */
class CloudTrailRecordTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ABSENT = "ABSENT";
  private static final String ACCOUNT = "111122223333";
  private static final Instant AT = Instant.parse("2026-11-28T14:00:00.123Z");
  private static final Instant ISSUED = Instant.parse("2026-11-28T13:59:30.987Z");

  private static final UserIdentity USER = new UserIdentity("IAMUser", "AIDAEXAMPLE",
      "arn:aws:iam::" + ACCOUNT + ":user/dev/alice", ACCOUNT, "AKIAEXAMPLE", null);
  private static final UserIdentity ROLE_SESSION_MFA = new UserIdentity("AssumedRole", "AROAEXAMPLE:s1",
      "arn:aws:sts::" + ACCOUNT + ":assumed-role/r1/s1", ACCOUNT, "ASIAEXAMPLE",
      new SessionContext(ISSUED, true, new SessionIssuer("Role", "AROAEXAMPLE", "arn:aws:iam::" + ACCOUNT + ":role/r1",
          ACCOUNT, "r1"), "alice@example.com"));
  private static final UserIdentity ROLE_SESSION = new UserIdentity("AssumedRole", "AROAEXAMPLE:s1",
      "arn:aws:sts::" + ACCOUNT + ":assumed-role/r1/s1", ACCOUNT, "ASIAEXAMPLE",
      new SessionContext(ISSUED, false, new SessionIssuer("Role", "AROAEXAMPLE", "arn:aws:iam::" + ACCOUNT + ":role/r1",
          ACCOUNT, "r1"), null));
  private static final UserIdentity FEDERATED = new UserIdentity("FederatedUser", ACCOUNT + ":fed1",
      "arn:aws:sts::" + ACCOUNT + ":federated-user/fed1", ACCOUNT, "ASIAFEDEXAMPLE",
      new SessionContext(ISSUED, false, new SessionIssuer("IAMUser", "AIDAEXAMPLE",
          "arn:aws:iam::" + ACCOUNT + ":user/alice", ACCOUNT, "alice"), null));
  private static final UserIdentity WEB_SESSION = new UserIdentity("AssumedRole", "AROAEXAMPLE:web",
      "arn:aws:sts::" + ACCOUNT + ":assumed-role/r1/web", ACCOUNT, "ASIAWEBEXAMPLE",
      new SessionContext(ISSUED, false, new SessionIssuer("Role", "AROAEXAMPLE", "arn:aws:iam::" + ACCOUNT + ":role/r1",
          ACCOUNT, "r1"), null, new WebIdFederationData("arn:aws:iam::" + ACCOUNT + ":oidc-provider/idp.example.com",
          Map.of("idp.example.com:sub", "u1"))));
  private static final UserIdentity WEB_IDENTITY_USER = new UserIdentity("WebIdentityUser",
      "arn:aws:iam::" + ACCOUNT + ":oidc-provider/idp.example.com:app:u1", null, null, null, null);

  static Stream<Arguments> rows() {
    AuditEvent callerIdentity = event("sts", "GetCallerIdentity", USER, JSON.createObjectNode(), null, null);
    ObjectNode assumeRoleParameters = JSON.createObjectNode().put("roleArn", "arn:aws:iam::" + ACCOUNT + ":role/r1")
        .put("roleSessionName", "s1").put("durationSeconds", "900");
    AuditEvent assumeRole = event("sts", "AssumeRole", USER, assumeRoleParameters, null, null);
    AuditEvent denied = event("iam", "ListUsers", USER, JSON.createObjectNode(), "AccessDenied",
        "User: arn:aws:iam::" + ACCOUNT + ":user/dev/alice is not authorized to perform: iam:ListUsers");
    AuditEvent policyVersion = event("iam", "CreatePolicyVersion", USER, JSON.createObjectNode()
        .put("policyArn", "arn:aws:iam::" + ACCOUNT + ":policy/p").put("setAsDefault", "true"), null, null);
    AuditEvent withMfa = event("iam", "GetUser", ROLE_SESSION_MFA, null, null, null);
    AuditEvent withoutMfa = event("iam", "GetUser", ROLE_SESSION, null, null, null);
    AuditEvent federated = event("sts", "GetCallerIdentity", FEDERATED, null, null, null);
    AuditEvent webSession = event("sts", "GetCallerIdentity", WEB_SESSION, null, null, null);
    AuditEvent webIdentity = event("sts", "AssumeRoleWithWebIdentity", WEB_IDENTITY_USER, JSON.createObjectNode()
        .put("roleArn", "arn:aws:iam::" + ACCOUNT + ":role/r1").put("roleSessionName", "web"), null, null);
    AuditEvent verifiedWebIdentity = new AuditEvent("ev-1", AT, "sts.amazonaws.com", "AssumeRoleWithWebIdentity",
        "us-east-1", "198.51.100.1", "aws-cli/2", WEB_IDENTITY_USER, null, null, null, null, "req-1",
        JSON.createObjectNode().set("webIdentity", JSON.createObjectNode()
            .put("provider", "arn:aws:iam::" + ACCOUNT + ":oidc-provider/idp.example.com")
            .put("subject", "repo:org/app:ref:refs/heads/main").put("audience", "app")));
    AuditEvent verifiedSaml = new AuditEvent("ev-1", AT, "sts.amazonaws.com", "AssumeRoleWithSAML", "us-east-1",
        "198.51.100.1", "aws-cli/2", new UserIdentity("SAMLUser", "qualifier=:alice", null, null, null, null), null,
        null, null, null, "req-1", JSON.createObjectNode().set("samlIdentity", JSON.createObjectNode()
            .put("subject", "alice").put("nameQualifier", "qualifier=")));
    AuditEvent anonymous = event("sts", "GetCallerIdentity", UserIdentity.anonymous(), null,
        "InvalidClientTokenId", "The security token included in the request is invalid.");
    AuditEvent getObject = event("s3", "GetObject", USER, JSON.createObjectNode().put("bucketName", "b"), null, null);
    AuditEvent createBucket = event("s3", "CreateBucket", USER, JSON.createObjectNode().put("bucketName", "b"), null,
        null);
    return Stream.of(
        // top-level members
        Arguments.of("eventVersion", callerIdentity, "/eventVersion", "\"1.08\""),
        Arguments.of("eventTime in whole seconds", callerIdentity, "/eventTime", "\"2026-11-28T14:00:00Z\""),
        Arguments.of("eventSource", callerIdentity, "/eventSource", "\"sts.amazonaws.com\""),
        Arguments.of("sourceIPAddress spelling", callerIdentity, "/sourceIPAddress", "\"198.51.100.1\""),
        Arguments.of("requestID spelling", callerIdentity, "/requestID", "\"req-1\""),
        Arguments.of("eventID spelling", callerIdentity, "/eventID", "\"ev-1\""),
        Arguments.of("eventType", callerIdentity, "/eventType", "\"AwsApiCall\""),
        Arguments.of("managementEvent", callerIdentity, "/managementEvent", "true"),
        Arguments.of("eventCategory", callerIdentity, "/eventCategory", "\"Management\""),
        Arguments.of("recipientAccountId", callerIdentity, "/recipientAccountId", "\"" + ACCOUNT + "\""),
        Arguments.of("Get is read-only", callerIdentity, "/readOnly", "true"),
        Arguments.of("List is read-only", denied, "/readOnly", "true"),
        Arguments.of("STS calls are read-only, AssumeRole too", assumeRole, "/readOnly", "true"),
        Arguments.of("Create is not read-only", policyVersion, "/readOnly", "false"),
        Arguments.of("no parameters: null", callerIdentity, "/requestParameters", "null"),
        Arguments.of("no parameters stored: null", withMfa, "/requestParameters", "null"),
        Arguments.of("responseElements null", assumeRole, "/responseElements", "null"),
        Arguments.of("no errorCode on success", callerIdentity, "/errorCode", ABSENT),
        Arguments.of("no errorMessage on success", callerIdentity, "/errorMessage", ABSENT),
        Arguments.of("errorCode", denied, "/errorCode", "\"AccessDenied\""),
        Arguments.of("errorMessage", denied, "/errorMessage",
            "\"User: arn:aws:iam::" + ACCOUNT + ":user/dev/alice is not authorized to perform: iam:ListUsers\""),
        Arguments.of("responseElements null on error", denied, "/responseElements", "null"),
        // requestParameters as CloudTrail types them
        Arguments.of("roleArn", assumeRole, "/requestParameters/roleArn", "\"arn:aws:iam::" + ACCOUNT + ":role/r1\""),
        Arguments.of("roleSessionName", assumeRole, "/requestParameters/roleSessionName", "\"s1\""),
        Arguments.of("durationSeconds is a number", assumeRole, "/requestParameters/durationSeconds", "900"),
        Arguments.of("setAsDefault is a boolean", policyVersion, "/requestParameters/setAsDefault", "true"),
        // userIdentity: IAMUser
        Arguments.of("IAMUser type", callerIdentity, "/userIdentity/type", "\"IAMUser\""),
        Arguments.of("IAMUser userName", callerIdentity, "/userIdentity/userName", "\"alice\""),
        Arguments.of("IAMUser accessKeyId", callerIdentity, "/userIdentity/accessKeyId", "\"AKIAEXAMPLE\""),
        Arguments.of("IAMUser has no sessionContext", callerIdentity, "/userIdentity/sessionContext", ABSENT),
        // userIdentity: AssumedRole
        Arguments.of("role session has no userName", withMfa, "/userIdentity/userName", ABSENT),
        Arguments.of("temporary key", withMfa, "/userIdentity/accessKeyId", "\"ASIAEXAMPLE\""),
        Arguments.of("mfaAuthenticated true as a string", withMfa,
            "/userIdentity/sessionContext/attributes/mfaAuthenticated", "\"true\""),
        Arguments.of("mfaAuthenticated false as a string", withoutMfa,
            "/userIdentity/sessionContext/attributes/mfaAuthenticated", "\"false\""),
        Arguments.of("creationDate in whole seconds", withMfa,
            "/userIdentity/sessionContext/attributes/creationDate", "\"2026-11-28T13:59:30Z\""),
        Arguments.of("creationDate only under attributes", withMfa, "/userIdentity/sessionContext/creationDate",
            ABSENT),
        Arguments.of("mfaAuthenticated only under attributes", withMfa,
            "/userIdentity/sessionContext/mfaAuthenticated", ABSENT),
        Arguments.of("sessionIssuer type", withMfa, "/userIdentity/sessionContext/sessionIssuer/type", "\"Role\""),
        Arguments.of("sessionIssuer userName", withMfa, "/userIdentity/sessionContext/sessionIssuer/userName",
            "\"r1\""),
        Arguments.of("sessionIssuer arn", withMfa, "/userIdentity/sessionContext/sessionIssuer/arn",
            "\"arn:aws:iam::" + ACCOUNT + ":role/r1\""),
        Arguments.of("sourceIdentity", withMfa, "/userIdentity/sessionContext/sourceIdentity",
            "\"alice@example.com\""),
        Arguments.of("no sourceIdentity", withoutMfa, "/userIdentity/sessionContext/sourceIdentity", ABSENT),
        Arguments.of("no webIdFederationData", withoutMfa, "/userIdentity/sessionContext/webIdFederationData", ABSENT),
        // userIdentity: FederatedUser
        Arguments.of("FederatedUser type", federated, "/userIdentity/type", "\"FederatedUser\""),
        Arguments.of("FederatedUser issuer", federated, "/userIdentity/sessionContext/sessionIssuer/type",
            "\"IAMUser\""),
        Arguments.of("FederatedUser issuer userName", federated,
            "/userIdentity/sessionContext/sessionIssuer/userName", "\"alice\""),
        // web identity
        Arguments.of("webIdFederationData provider", webSession,
            "/userIdentity/sessionContext/webIdFederationData/federatedProvider",
            "\"arn:aws:iam::" + ACCOUNT + ":oidc-provider/idp.example.com\""),
        Arguments.of("webIdFederationData attributes", webSession,
            "/userIdentity/sessionContext/webIdFederationData/attributes", "{\"idp.example.com:sub\":\"u1\"}"),
        Arguments.of("WebIdentityUser type", webIdentity, "/userIdentity/type", "\"WebIdentityUser\""),
        Arguments.of("WebIdentityUser has no accountId", webIdentity, "/userIdentity/accountId", ABSENT),
        Arguments.of("WebIdentityUser recipient is the role's account", webIdentity, "/recipientAccountId",
            "\"" + ACCOUNT + "\""),
        Arguments.of("WebIdentityUser userName is the token's subject", verifiedWebIdentity,
            "/userIdentity/userName", "\"repo:org/app:ref:refs/heads/main\""),
        Arguments.of("WebIdentityUser identityProvider", verifiedWebIdentity, "/userIdentity/identityProvider",
            "\"arn:aws:iam::" + ACCOUNT + ":oidc-provider/idp.example.com\""),
        Arguments.of("SAMLUser userName is the assertion's subject", verifiedSaml, "/userIdentity/userName",
            "\"alice\""),
        Arguments.of("the decision stays Warden's own member", verifiedSaml, "/decision/samlIdentity/subject",
            "\"alice\""),
        // unauthenticated
        Arguments.of("unauthenticated caller is Unknown", anonymous, "/userIdentity/type", "\"Unknown\""),
        Arguments.of("unauthenticated caller has no arn", anonymous, "/userIdentity/arn", ABSENT),
        Arguments.of("no recipient without an account", anonymous, "/recipientAccountId", ABSENT),
        // S3 through the gateway
        Arguments.of("S3 object call is a data event", getObject, "/eventCategory", "\"Data\""),
        Arguments.of("S3 object call is no management event", getObject, "/managementEvent", "false"),
        Arguments.of("S3 bucket call is a management event", createBucket, "/eventCategory", "\"Management\""),
        Arguments.of("S3 parameters stay as stored", getObject, "/requestParameters/bucketName", "\"b\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void recordMember(String name, AuditEvent event, String pointer, String expected) throws Exception {
    JsonNode record = CloudTrailRecord.of(JSON, event);
    JsonNode member = record.at(pointer);
    if (expected.equals(ABSENT)) {
      assertThat(member.isMissingNode()).as(pointer + " in " + record).isTrue();
    } else {
      assertThat(member).as(pointer + " in " + record).isEqualTo(JSON.readTree(expected));
    }
  }

  private static AuditEvent event(String service, String name, UserIdentity identity, JsonNode parameters,
      String errorCode, String errorMessage) {
    return new AuditEvent("ev-1", AT, service + ".amazonaws.com", name, "us-east-1", "198.51.100.1", "aws-cli/2",
        identity, parameters, null, errorCode, errorMessage, "req-1", null);
  }
}
