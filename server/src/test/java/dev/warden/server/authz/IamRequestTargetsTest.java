package dev.warden.server.authz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.catalog.Catalog;
import dev.warden.core.iam.CreatedAccessKey;
import dev.warden.core.iam.GroupRequests;
import dev.warden.core.iam.InstanceProfileRequests;
import dev.warden.core.iam.MfaRequests;
import dev.warden.core.iam.OidcProviderRequests;
import dev.warden.core.iam.PolicyRequests;
import dev.warden.core.iam.RoleRequests;
import dev.warden.core.iam.ServerCertificateRequests;
import dev.warden.core.iam.UserRequests;
import dev.warden.core.model.Role;
import dev.warden.core.model.Tag;
import dev.warden.policy.context.ContextValue;
import dev.warden.server.principal.WardenPrincipal;
import dev.warden.server.query.QueryParameters;
import dev.warden.server.saml.TestSamlIdp;
import dev.warden.server.testing.CoreTestHome;
import dev.warden.server.testing.MutableClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IamRequestTargetsTest {

    static final String A = "arn:aws:iam::123456789012:";

    @TempDir
    Path folder;

    CoreTestHome core;
    IamRequestTargets targets;
    WardenPrincipal alice;
    String aliceKeyId;

    @BeforeEach
    void open() {
        core = new CoreTestHome(folder, new MutableClock());
        targets = new IamRequestTargets(core.iam(), Catalog.get());
        core.iam().users().createUser(new UserRequests.CreateUser("alice", "/staff/", null, List.of()));
        CreatedAccessKey key = core.iam().accessKeys().createAccessKey("alice");
        aliceKeyId = key.accessKey().accessKeyId();
        alice = core.principal(key);
        core.iam().groups().createGroup(new GroupRequests.CreateGroup("devs", "/eng/"));
        core.iam().roles().createRole(new RoleRequests.CreateRole("svc", "/app/",
                CoreTestHome.trustNaming(A + "root"), null, null, null, List.of()));
        core.iam().instanceProfiles().createInstanceProfile(
            new dev.warden.core.iam.InstanceProfileRequests.CreateInstanceProfile("web", "/apps/", List.of()));
    }

    @AfterEach
    void close() {
        core.close();
    }

    static Map<String, String> params(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            for (String pair : text.split(";")) {
                int eq = pair.indexOf('=');
                map.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return map;
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "GetUser | UserName=alice | " + A + "user/staff/alice",
        "GetUser | '' | " + A + "user/staff/alice",
        "GetUser | UserName=ghost | " + A + "user/ghost",
        "CreateUser | UserName=bob;Path=/x/ | " + A + "user/x/bob",
        "CreateUser | UserName=bob | " + A + "user/bob",
        "ListAccessKeys | '' | " + A + "user/staff/alice",
        "GetGroup | GroupName=devs | " + A + "group/eng/devs",
        "CreateGroup | GroupName=ops;Path=/o/ | " + A + "group/o/ops",
        "AddUserToGroup | GroupName=devs;UserName=alice | " + A + "group/eng/devs",
        "AttachRolePolicy | RoleName=svc;PolicyArn=arn:aws:iam::aws:policy/ReadOnlyAccess | " + A + "role/app/svc",
        "CreateRole | RoleName=new;Path=/p/ | " + A + "role/p/new",
        "GetPolicy | PolicyArn=" + A + "policy/x | " + A + "policy/x",
        "CreatePolicy | PolicyName=pol | " + A + "policy/pol",
        "CreateInstanceProfile | InstanceProfileName=ip;Path=/a/ | " + A + "instance-profile/a/ip",
        "AddRoleToInstanceProfile | InstanceProfileName=web;RoleName=svc | " + A + "instance-profile/apps/web",
        "GetInstanceProfile | InstanceProfileName=ghost | " + A + "instance-profile/ghost",
        "ListUsers | '' | " + A + "user/",
        "ListRoles | PathPrefix=/app/ | " + A + "role/app/",
        "ListGroups | '' | " + A + "group/",
        "ListPolicies | '' | policy path /",
        "GetAccountSummary | '' | *",
        "GetAccountAuthorizationDetails | '' | *",
        "SimulatePrincipalPolicy | PolicySourceArn=" + A + "user/staff/alice | " + A + "user/staff/alice",
        "NoSuchOperation | '' | *",
        "SetSecurityTokenServicePreferences | GlobalEndpointTokenVersion=v2Token | *",
        "ListOrganizationsFeatures | '' | *",
        "GenerateOrganizationsAccessReport | EntityPath=o-a1b2c3d4e5/r-f6g7h8i9j0example | " + A
                + "access-report/o-a1b2c3d4e5/r-f6g7h8i9j0example",
        "GetDelegationRequest | DelegationRequestId=dr-1234567890abcdef | " + A + "delegation-request/dr-1234567890abcdef",
        "GetHumanReadableSummary | EntityArn=arn:aws:iam::111122223333:delegation-request/dr-1 | "
                + "arn:aws:iam::111122223333:delegation-request/dr-1",
        "CreateDelegationRequest | Description=d | *",
    })
    void namesTheResourceAwsEvaluates(String action, String params, String resource) {
        assertThat(targets.resolve(action, QueryParameters.of(params(params)), alice).resource()).isEqualTo(resource);
    }

    @Test
    void getAccessKeyLastUsedIsAboutTheKeysOwner() {
        RequestTarget target = targets.resolve("GetAccessKeyLastUsed",
                QueryParameters.of(Map.of("AccessKeyId", aliceKeyId)), alice);

        assertThat(target.resource()).isEqualTo(A + "user/staff/alice");
    }

    @Test
    void requestKeysForTagsPolicyArnsAndBoundaries() {
        RequestTarget create = targets.resolve("CreateRole", QueryParameters.of(params(
                "RoleName=r;PermissionsBoundary=" + A + "policy/pb;Tags.member.1.Key=team;Tags.member.1.Value=blue;"
                        + "Tags.member.2.Key=env;Tags.member.2.Value=dev")), alice);
        RequestTarget attach = targets.resolve("AttachUserPolicy", QueryParameters.of(params(
                "UserName=alice;PolicyArn=arn:aws:iam::aws:policy/ReadOnlyAccess")), alice);
        RequestTarget untag = targets.resolve("UntagRole", QueryParameters.of(params(
                "RoleName=svc;TagKeys.member.1=team")), alice);

        assertThat(create.keys()).containsEntry("aws:RequestTag/team", ContextValue.string("blue"))
                .containsEntry("aws:RequestTag/env", ContextValue.string("dev"))
                .containsEntry("aws:TagKeys", ContextValue.strings(List.of("team", "env")))
                .containsEntry("iam:PermissionsBoundary", ContextValue.string(A + "policy/pb"));
        assertThat(attach.keys()).containsEntry("iam:PolicyARN",
                ContextValue.string("arn:aws:iam::aws:policy/ReadOnlyAccess"));
        assertThat(untag.keys()).containsEntry("aws:TagKeys", ContextValue.strings(List.of("team")))
                .doesNotContainKey("aws:RequestTag/team");
    }

    @Test
    void organizationsAndDelegationRequestKeys() {
        RequestTarget report = targets.resolve("GenerateOrganizationsAccessReport", QueryParameters.of(params(
                "EntityPath=o-a1b2c3d4e5/r-f6g7h8i9j0example;OrganizationsPolicyId=p-policy123")), alice);
        RequestTarget create = targets.resolve("CreateDelegationRequest", QueryParameters.of(params(
                "SessionDuration=3600;NotificationChannel=arn:aws:sns:us-east-1:111122223333:t;"
                        + "Permissions.PolicyTemplateArn=arn:aws:iam::aws:policy-template/T")), alice);

        assertThat(report.keys()).containsEntry("iam:OrganizationsPolicyId", ContextValue.string("p-policy123"));
        assertThat(create.keys()).containsEntry("iam:DelegationDuration", ContextValue.string("3600"))
                .containsEntry("iam:NotificationChannel", ContextValue.string("arn:aws:sns:us-east-1:111122223333:t"))
                .containsEntry("iam:TemplateArn", ContextValue.string("arn:aws:iam::aws:policy-template/T"));
    }

    @Test
    void existingEntitiesContributeTheirBoundaryAndTags() {
        core.iam().roles().tagRole(new RoleRequests.TagRole("svc", List.of(new dev.warden.core.model.Tag("env", "prod"))));
        core.iam().policies().createPolicy(dev.warden.core.iam.PolicyRequests.CreatePolicy.of("pb",
                CoreTestHome.allow("*")));
        core.iam().roles().putRolePermissionsBoundary(new RoleRequests.PutRolePermissionsBoundary("svc", A + "policy/pb"));

        RequestTarget target = targets.resolve("PutRolePolicy", QueryParameters.of(params("RoleName=svc")), alice);

        assertThat(target.keys()).containsEntry("iam:PermissionsBoundary", ContextValue.string(A + "policy/pb"))
                .containsEntry("aws:ResourceTag/env", ContextValue.string("prod"))
                .containsEntry("iam:ResourceTag/env", ContextValue.string("prod"));
    }

    /**
     * The Service Authorization Reference lists aws:ResourceTag (and not iam:ResourceTag) for IAM's
     * other taggable resource types; an action on a tagged one must carry its tags.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "GetPolicy | PolicyArn=" + A + "policy/tagged | " + A + "policy/tagged",
        "DeletePolicy | PolicyArn=" + A + "policy/tagged | " + A + "policy/tagged",
        "GetInstanceProfile | InstanceProfileName=web | " + A + "instance-profile/apps/web",
        "UntagInstanceProfile | InstanceProfileName=web;TagKeys.member.1=x | " + A + "instance-profile/apps/web",
        "ListMFADeviceTags | SerialNumber=" + A + "mfa/phone | " + A + "mfa/phone",
        "DeleteVirtualMFADevice | SerialNumber=" + A + "mfa/phone | " + A + "mfa/phone",
        "GetOpenIDConnectProvider | OpenIDConnectProviderArn=" + A + "oidc-provider/idp.example.com | "
                + A + "oidc-provider/idp.example.com",
        "GetSAMLProvider | SAMLProviderArn=" + A + "saml-provider/Okta | " + A + "saml-provider/Okta",
        "DeleteServerCertificate | ServerCertificateName=www | " + A + "server-certificate/web/www",
    })
    void actionsOnOtherTaggedResourcesCarryTheirTagsAsAwsResourceTags(String action, String params, String resource) {
        List<Tag> tags = List.of(new Tag("team", "blue"));
        core.iam().policies().createPolicy(new PolicyRequests.CreatePolicy("tagged", "/", CoreTestHome.allow("*"),
                null, tags));
        core.iam().instanceProfiles().tagInstanceProfile(new InstanceProfileRequests.TagInstanceProfile("web", tags));
        core.iam().mfaDevices().createVirtualMfaDevice(new MfaRequests.CreateVirtualMfaDevice("phone", "/", tags));
        core.iam().openIdConnectProviders().createOpenIdConnectProvider(new OidcProviderRequests.CreateProvider(
                "https://idp.example.com", List.of("app"), List.of("a".repeat(40)), tags));
        core.iam().samlProviders().createSamlProvider("Okta", TestSamlIdp.create("http://www.okta.com/x").metadata(),
                tags);
        core.iam().serverCertificates().uploadServerCertificate(new ServerCertificateRequests.Upload("www", "/web/",
                certificate("rsa-a.pem"), certificate("rsa-a-pkcs1.key"), null, tags));

        RequestTarget target = targets.resolve(action, QueryParameters.of(params(params)), alice);

        assertThat(target.resource()).isEqualTo(resource);
        assertThat(target.keys()).containsEntry("aws:ResourceTag/team", ContextValue.string("blue"))
                .doesNotContainKey("iam:ResourceTag/team");
    }

    static String certificate(String file) {
        try (InputStream in = IamRequestTargetsTest.class.getResourceAsStream("/certificates/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The Service Authorization Reference lists iam:PermissionsBoundary on nineteen actions only;
     * an action on a bounded user or role that is not among them carries no such key.
     */
    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "PutRolePolicy | RoleName=svc | true",
        "AttachRolePolicy | RoleName=svc;PolicyArn=arn:aws:iam::aws:policy/ReadOnlyAccess | true",
        "DeleteRolePermissionsBoundary | RoleName=svc | true",
        "GetRole | RoleName=svc | true",
        "DeleteRole | RoleName=svc | true",
        "UpdateAssumeRolePolicy | RoleName=svc | true",
        "TagRole | RoleName=svc;Tags.member.1.Key=a;Tags.member.1.Value=b | false",
        "ListRolePolicies | RoleName=svc | false",
        "ListAttachedRolePolicies | RoleName=svc | false",
        "DeleteUserPolicy | UserName=alice | true",
        "DetachUserPolicy | UserName=alice;PolicyArn=arn:aws:iam::aws:policy/ReadOnlyAccess | true",
        "GetUser | UserName=alice | false",
        "DeleteUser | UserName=alice | false",
        "CreateAccessKey | UserName=alice | false",
        "CreateLoginProfile | UserName=alice | false",
        "TagUser | UserName=alice;Tags.member.1.Key=a;Tags.member.1.Value=b | false",
    })
    void anExistingBoundaryIsAKeyOnlyOfTheActionsThatListIt(String action, String params, boolean present) {
        core.iam().policies().createPolicy(dev.warden.core.iam.PolicyRequests.CreatePolicy.of("pb",
                CoreTestHome.allow("*")));
        core.iam().roles().putRolePermissionsBoundary(new RoleRequests.PutRolePermissionsBoundary("svc", A + "policy/pb"));
        core.iam().users().putUserPermissionsBoundary(new UserRequests.PutUserPermissionsBoundary("alice", A + "policy/pb"));

        RequestTarget target = targets.resolve(action, QueryParameters.of(params(params)), alice);

        if (present) {
            assertThat(target.keys()).containsEntry("iam:PermissionsBoundary", ContextValue.string(A + "policy/pb"));
        } else {
            assertThat(target.keys()).doesNotContainKey("iam:PermissionsBoundary");
        }
    }

    /** The reference lists iam:PolicyARN only on Attach/Detach{User,Group,Role}Policy. */
    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', value = {
        "AttachUserPolicy | UserName=alice | true",
        "DetachGroupPolicy | GroupName=devs | true",
        "AttachRolePolicy | RoleName=svc | true",
        "GetPolicy | '' | false",
        "DeletePolicy | '' | false",
        "CreatePolicyVersion | PolicyDocument={} | false",
        "SetDefaultPolicyVersion | VersionId=v1 | false",
        "ListEntitiesForPolicy | '' | false",
        "TagPolicy | Tags.member.1.Key=a;Tags.member.1.Value=b | false",
    })
    void thePolicyArnIsAKeyOnlyOfAttachAndDetach(String action, String params, boolean present) {
        String arn = "arn:aws:iam::aws:policy/ReadOnlyAccess";
        String all = params.isEmpty() ? "PolicyArn=" + arn : params + ";PolicyArn=" + arn;

        RequestTarget target = targets.resolve(action, QueryParameters.of(params(all)), alice);

        if (present) {
            assertThat(target.keys()).containsEntry("iam:PolicyARN", ContextValue.string(arn));
        } else {
            assertThat(target.keys()).doesNotContainKey("iam:PolicyARN");
        }
    }

    /**
     * aws:ResourceAccount is the account that owns the resource (IAM User Guide, global condition
     * keys; iam-semantics.md §4.3): the account in the resource's ARN, or for the account-wide
     * actions on {@code *} the account the call manages; AWS's own managed policies belong to no
     * account, so the key is left out for them.
     */
    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "GetUser | UserName=alice | 123456789012",
        "ListUsers | '' | 123456789012",
        "ListPolicies | '' | 123456789012",
        "GetAccountSummary | '' | 123456789012",
        "GetPolicy | PolicyArn=" + A + "policy/x | 123456789012",
        "GetHumanReadableSummary | EntityArn=arn:aws:iam::111122223333:delegation-request/dr-1 | 111122223333",
        "GetPolicy | PolicyArn=arn:aws:iam::aws:policy/ReadOnlyAccess | ''",
    })
    void theResourceAccountIsTheAccountThatOwnsTheResource(String action, String params, String account) {
        RequestTarget target = targets.resolve(action, QueryParameters.of(params(params)), alice);

        if (account == null || account.isEmpty()) {
            assertThat(target.keys()).doesNotContainKey("aws:ResourceAccount");
        } else {
            assertThat(target.keys()).containsEntry("aws:ResourceAccount", ContextValue.string(account));
        }
    }

    @Test
    void aRoleSessionWithoutUserNameActsOnNoUser() {
        Role role = core.iam().roles().getRole("svc");
        assertThat(targets.resolve("GetUser", QueryParameters.of(Map.of()), core.roleSession(role, "s")).resource())
                .isEqualTo("*");
    }
}
