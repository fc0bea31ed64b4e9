package dev.warden.server.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests no SDK would send, signed and posted as raw forms: every one must get a well-formed AWS
 * error document with the code and status AWS uses, never a 500.
 */
class IamHostileInputTest {

    static final String ALLOW = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}""";

    @TempDir
    static Path folder;
    static IamServerFixture warden;

    @BeforeAll
    static void start() {
        warden = new IamServerFixture(folder);
    }

    @AfterAll
    static void stop() {
        warden.close();
    }

    static RawIamCall.Reply post(Map<String, String> params) throws Exception {
        return RawIamCall.post(warden, params);
    }

    static Map<String, String> params(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static String statements(int count) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + Stream.generate(() ->
                "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::bucket/some/key/prefix\"}")
                .limit(count).collect(Collectors.joining(",")) + "]}";
    }

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("missing UserName", params("Action", "CreateUser"), 400, "ValidationError",
                        "1 validation error detected: Value null at 'userName' failed to satisfy constraint: "
                                + "Member must not be null"),
                Arguments.of("XML-unsafe user name", params("Action", "CreateUser", "UserName", "<a>&\"'</a>"),
                        400, "ValidationError", null),
                Arguments.of("control character in name", params("Action", "GetUser", "UserName", "bad\u0001name"),
                        400, "ValidationError", null),
                Arguments.of("missing trust policy", params("Action", "CreateRole", "RoleName", "r"), 400,
                        "ValidationError", null),
                Arguments.of("policy over the parameter limit", params("Action", "CreatePolicy", "PolicyName", "huge",
                        "PolicyDocument", "{" + " ".repeat(140_000) + "}"), 400, "ValidationError", null),
                Arguments.of("policy over the managed quota", params("Action", "CreatePolicy", "PolicyName", "big",
                        "PolicyDocument", statements(80)), 409, "LimitExceeded", null),
                Arguments.of("deeply nested policy", params("Action", "CreatePolicy", "PolicyName", "deep",
                        "PolicyDocument", "{\"a\":".repeat(1_000) + "1" + "}".repeat(1_000)), 400, "MalformedPolicyDocument", null),
                Arguments.of("policy with a control character", params("Action", "PutUserPolicy", "UserName", "admin",
                        "PolicyName", "p", "PolicyDocument", "{\"Version\":\"2012-10-17\u0002\"}"), 400,
                        "ValidationError", null),
                Arguments.of("MaxItems zero", params("Action", "ListUsers", "MaxItems", "0"), 400, "ValidationError",
                        null),
                Arguments.of("MaxItems not a number", params("Action", "ListRoles", "MaxItems", "lots"), 400,
                        "InvalidParameterValue", null),
                Arguments.of("garbage marker", params("Action", "ListPolicies", "Marker", "!!!not-a-marker"), 400,
                        "InvalidInput", null),
                Arguments.of("unknown scope", params("Action", "ListPolicies", "Scope", "Everything"), 400,
                        "ValidationError", null),
                Arguments.of("tag without value", params("Action", "TagUser", "UserName", "admin",
                        "Tags.member.1.Key", "k"), 400, "ValidationError",
                        "1 validation error detected: Value null at 'tags.1.member.value' failed to satisfy "
                                + "constraint: Member must not be null"),
                Arguments.of("reserved tag key", params("Action", "TagUser", "UserName", "admin",
                        "Tags.member.1.Key", "aws:owner", "Tags.member.1.Value", "x"), 400, "InvalidInput", null),
                Arguments.of("unknown access key status", params("Action", "UpdateAccessKey",
                        "AccessKeyId", "AKIAAAAAAAAAAAAAAAAA", "Status", "Paused"), 400, "ValidationError", null),
                Arguments.of("simulation without actions", params("Action", "SimulateCustomPolicy",
                        "PolicyInputList.member.1", ALLOW), 400, "ValidationError", null),
                Arguments.of("bad context key type", params("Action", "SimulateCustomPolicy",
                        "PolicyInputList.member.1", ALLOW, "ActionNames.member.1", "s3:GetObject",
                        "ContextEntries.member.1.ContextKeyName", "aws:SourceIp",
                        "ContextEntries.member.1.ContextKeyType", "ipv6",
                        "ContextEntries.member.1.ContextKeyValues.member.1", "::1"), 400, "ValidationError", null),
                Arguments.of("scalar context key with two values", params("Action", "SimulateCustomPolicy",
                        "PolicyInputList.member.1", ALLOW, "ActionNames.member.1", "s3:GetObject",
                        "ContextEntries.member.1.ContextKeyName", "aws:SourceIp",
                        "ContextEntries.member.1.ContextKeyType", "ip",
                        "ContextEntries.member.1.ContextKeyValues.member.1", "10.0.0.1",
                        "ContextEntries.member.1.ContextKeyValues.member.2", "10.0.0.2"), 400, "InvalidInput", null),
                Arguments.of("non-numeric list index", params("Action", "SimulateCustomPolicy",
                        "PolicyInputList.member.x", ALLOW, "ActionNames.member.1", "s3:GetObject"), 400,
                        "InvalidQueryParameter", null),
                Arguments.of("unknown AWS managed policy", params("Action", "AttachUserPolicy", "UserName", "admin",
                        "PolicyArn", "arn:aws:iam::aws:policy/<script>"), 404, "NoSuchEntity", null),
                Arguments.of("unknown AWS managed boundary", params("Action", "PutUserPermissionsBoundary",
                        "UserName", "admin", "PermissionsBoundary", "arn:aws:iam::aws:policy/Imaginary"), 404,
                        "NoSuchEntity", "Scope ARN: arn:aws:iam::aws:policy/Imaginary does not exist or is not attachable."),
                Arguments.of("missing instance profile name", params("Action", "CreateInstanceProfile"), 400,
                        "ValidationError", "1 validation error detected: Value null at 'instanceProfileName' failed to "
                                + "satisfy constraint: Member must not be null"),
                Arguments.of("instance profile name over 128", params("Action", "GetInstanceProfile",
                        "InstanceProfileName", "p".repeat(129)), 400, "ValidationError", null),
                Arguments.of("role into a missing instance profile", params("Action", "AddRoleToInstanceProfile",
                        "InstanceProfileName", "ghost", "RoleName", "ghost"), 404, "NoSuchEntity",
                        "Instance Profile ghost cannot be found."),
                Arguments.of("OIDC provider without Url", params("Action", "CreateOpenIDConnectProvider"), 400,
                        "ValidationError", null),
                Arguments.of("OIDC provider over http", params("Action", "CreateOpenIDConnectProvider",
                        "Url", "http://idp.example.com"), 400, "InvalidInput", null),
                Arguments.of("OIDC thumbprint not hex", params("Action", "CreateOpenIDConnectProvider",
                        "Url", "https://idp.example.com", "ThumbprintList.member.1", "z".repeat(40)), 400,
                        "InvalidInput", null),
                Arguments.of("thumbprint update without list", params("Action", "UpdateOpenIDConnectProviderThumbprint",
                        "OpenIDConnectProviderArn", "arn:aws:iam::123456789012:oidc-provider/idp.example.com"), 400,
                        "ValidationError", null),
                Arguments.of("OIDC ARN of another kind", params("Action", "GetOpenIDConnectProvider",
                        "OpenIDConnectProviderArn", "arn:aws:iam::123456789012:user/admin"), 400, "InvalidInput", null),
                Arguments.of("unknown authorization details filter", params("Action", "GetAccountAuthorizationDetails",
                        "Filter.member.1", "Users"), 400, "ValidationError", null),
                Arguments.of("authorization details marker of garbage", params("Action",
                        "GetAccountAuthorizationDetails", "Marker", "%%%"), 400, "InvalidInput", null),
                Arguments.of("password policy length not a number", params("Action", "UpdateAccountPasswordPolicy",
                        "MinimumPasswordLength", "long"), 400, "InvalidParameterValue", null),
                Arguments.of("password policy reuse over 24", params("Action", "UpdateAccountPasswordPolicy",
                        "PasswordReusePrevention", "25"), 400, "ValidationError", null),
                Arguments.of("no such version", params("Action", "GetPolicyVersion",
                        "PolicyArn", "arn:aws:iam::aws:policy/AdministratorAccess", "VersionId", "v999"), 404,
                        "NoSuchEntity", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void answeredWithAnAwsError(String what, Map<String, String> params, int status, String code, String message)
            throws Exception {
        RawIamCall.Reply reply = post(params);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(status);
        assertThat(reply.xml().getDocumentElement().getLocalName()).isEqualTo("ErrorResponse");
        assertThat(reply.text("Code")).isEqualTo(code);
        assertThat(reply.text("Type")).isEqualTo("Sender");
        assertThat(reply.text("RequestId")).isNotBlank();
        if (message != null) {
            assertThat(reply.text("Message")).isEqualTo(message);
        }
    }

    @Test
    void xmlUnsafeTextRoundTrips() throws Exception {
        String description = "a <b> & \"c\" 'd' \r\n\t done";
        RawIamCall.Reply created = post(params("Action", "CreateRole", "RoleName", "xml-safe",
                "AssumeRolePolicyDocument", IamUsersRolesPoliciesSdkTest.TRUST_EC2, "Description", description,
                "Tags.member.1.Key", "k", "Tags.member.1.Value", "v = 1 + 2"));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        RawIamCall.Reply got = post(params("Action", "GetRole", "RoleName", "xml-safe"));
        assertThat(got.text("Description")).isEqualTo(description);
        assertThat(got.text("Value")).isEqualTo("v = 1 + 2");
        assertThat(got.xml().getDocumentElement().getLocalName()).isEqualTo("GetRoleResponse");
    }

    @Test
    void responseElementsFollowTheModelOrder() throws Exception {
        post(params("Action", "CreateUser", "UserName", "ordered", "Path", "/o/"));
        RawIamCall.Reply reply = post(params("Action", "GetUser", "UserName", "ordered"));
        var user = reply.xml().getElementsByTagNameNS("*", "User").item(0);
        List<String> names = new java.util.ArrayList<>();
        for (var child = user.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == org.w3c.dom.Node.ELEMENT_NODE) {
                names.add(child.getLocalName());
            }
        }
        assertThat(names).containsExactly("Path", "UserName", "UserId", "Arn", "CreateDate");
        assertThat(reply.text("CreateDate")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    }
}
