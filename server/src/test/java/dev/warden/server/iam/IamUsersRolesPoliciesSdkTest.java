package dev.warden.server.iam;

import static dev.warden.server.iam.IamErrorAssert.assertIamError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.server.testing.TestStore;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.iam.model.CreatePolicyResponse;
import software.amazon.awssdk.services.iam.model.GetRoleResponse;
import software.amazon.awssdk.services.iam.model.ListUsersResponse;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.PolicyScopeType;
import software.amazon.awssdk.services.iam.model.PolicyVersion;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.iam.model.User;

/** Users, roles and managed policies end to end: the AWS SDK against a real server over SQLite. */
@ParameterizedClass
@EnumSource(TestStore.class)
class IamUsersRolesPoliciesSdkTest extends IamSdkTest {

    @Parameter
    TestStore store;

    static final String TRUST_EC2 = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow",\
            "Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";
    static final String READ_S3 = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}""";

    static String decode(String encoded) {
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }

    @Test
    void createGetAndListUsers() {
        User created = iam.createUser(r -> r.userName("carol").path("/staff/")
                .tags(Tag.builder().key("team").value("blue").build())).user();
        assertThat(created.userName()).isEqualTo("carol");
        assertThat(created.path()).isEqualTo("/staff/");
        assertThat(created.userId()).startsWith("AIDA");
        assertThat(created.arn()).isEqualTo("arn:aws:iam::123456789012:user/staff/carol");
        assertThat(created.tags()).extracting(Tag::key).containsExactly("team");
        assertThat(created.createDate()).isNotNull();

        User fetched = iam.getUser(r -> r.userName("carol")).user();
        assertThat(fetched.userId()).isEqualTo(created.userId());
        assertThat(fetched.createDate()).isEqualTo(created.createDate());

        assertThat(iam.listUsers(r -> r.pathPrefix("/staff/")).users()).extracting(User::userName)
                .containsExactly("carol");
    }

    @Test
    void getUserWithoutNameIsTheCaller() {
        User me = iam.getUser().user();
        assertThat(me.userName()).isEqualTo("admin");
        assertThat(me.arn()).isEqualTo("arn:aws:iam::123456789012:user/admin");
    }

    @Test
    void userNamesAreUniqueIgnoringCase() {
        iam.createUser(r -> r.userName("Dora"));
        assertIamError(() -> iam.createUser(r -> r.userName("dora")), "EntityAlreadyExists", 409);
    }

    @Test
    void unknownUserIsNoSuchEntity() {
        assertIamError(() -> iam.getUser(r -> r.userName("nobody-here")), "NoSuchEntity", 404);
    }

    @Test
    void listUsersPagesWithMarker() {
        for (String name : List.of("page-a", "page-b", "page-c", "page-d", "page-e")) {
            iam.createUser(r -> r.userName(name).path("/paging/"));
        }
        List<String> seen = new ArrayList<>();
        String marker = null;
        int pages = 0;
        do {
            String from = marker;
            ListUsersResponse page = iam.listUsers(r -> r.pathPrefix("/paging/").maxItems(2).marker(from));
            assertThat(page.users()).hasSizeLessThanOrEqualTo(2);
            page.users().forEach(u -> seen.add(u.userName()));
            marker = page.isTruncated() ? page.marker() : null;
            pages++;
        } while (marker != null);
        assertThat(seen).containsExactly("page-a", "page-b", "page-c", "page-d", "page-e");
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void updateTagAndDeleteUser() {
        iam.createUser(r -> r.userName("erin"));
        iam.updateUser(r -> r.userName("erin").newUserName("erin2").newPath("/moved/"));
        assertThat(iam.getUser(r -> r.userName("erin2")).user().path()).isEqualTo("/moved/");
        iam.tagUser(r -> r.userName("erin2").tags(Tag.builder().key("a").value("1").build(),
                Tag.builder().key("b").value("").build()));
        iam.untagUser(r -> r.userName("erin2").tagKeys("a"));
        assertThat(iam.listUserTags(r -> r.userName("erin2")).tags()).extracting(Tag::key).containsExactly("b");
        iam.deleteUser(r -> r.userName("erin2"));
        assertIamError(() -> iam.getUser(r -> r.userName("erin2")), "NoSuchEntity", 404);
    }

    @Test
    void roleLifeCycleWithEncodedTrustPolicy() {
        var role = iam.createRole(r -> r.roleName("app-role").path("/apps/").description("for the app")
                .assumeRolePolicyDocument(TRUST_EC2).maxSessionDuration(7200)).role();
        assertThat(role.roleId()).startsWith("AROA");
        assertThat(role.arn()).isEqualTo("arn:aws:iam::123456789012:role/apps/app-role");
        assertThat(role.maxSessionDuration()).isEqualTo(7200);

        GetRoleResponse got = iam.getRole(r -> r.roleName("app-role"));
        assertThat(got.role().assumeRolePolicyDocument()).contains("%22");
        assertThat(decode(got.role().assumeRolePolicyDocument())).contains("ec2.amazonaws.com");
        assertThat(got.role().description()).isEqualTo("for the app");

        iam.updateRole(r -> r.roleName("app-role").maxSessionDuration(3600));
        assertThat(iam.updateRoleDescription(r -> r.roleName("app-role").description("new")).role().description())
                .isEqualTo("new");
        assertThat(iam.getRole(r -> r.roleName("app-role")).role().maxSessionDuration()).isEqualTo(3600);
        assertThat(iam.listRoles(r -> r.pathPrefix("/apps/")).roles()).extracting(r -> r.roleName())
                .containsExactly("app-role");

        iam.deleteRole(r -> r.roleName("app-role"));
        assertIamError(() -> iam.getRole(r -> r.roleName("app-role")), "NoSuchEntity", 404);
    }

    @Test
    void trustPolicyWithoutPrincipalIsMalformed() {
        String noPrincipal = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole"}]}""";
        assertIamError(() -> iam.createRole(r -> r.roleName("bad-trust").assumeRolePolicyDocument(noPrincipal)),
                "MalformedPolicyDocument", 400);
    }

    @Test
    void deletedAndRecreatedRoleIsNotTrusted() {
        iam.createRole(r -> r.roleName("caller-role").assumeRolePolicyDocument(TRUST_EC2));
        String callerArn = "arn:aws:iam::123456789012:role/caller-role";
        String oldId = iam.getRole(r -> r.roleName("caller-role")).role().roleId();
        String trustsCaller = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow",\
                "Principal":{"AWS":"%s"},"Action":"sts:AssumeRole"}]}""".formatted(callerArn);
        iam.createRole(r -> r.roleName("target-role").assumeRolePolicyDocument(trustsCaller));
        assertThat(decode(iam.getRole(r -> r.roleName("target-role")).role().assumeRolePolicyDocument()))
                .contains(callerArn);

        iam.deleteRole(r -> r.roleName("caller-role"));
        iam.createRole(r -> r.roleName("caller-role").assumeRolePolicyDocument(TRUST_EC2));

        String trust = decode(iam.getRole(r -> r.roleName("target-role")).role().assumeRolePolicyDocument());
        assertThat(trust).contains(oldId).doesNotContain(callerArn);
    }

    @Test
    void policyVersionsUpToFive() {
        CreatePolicyResponse created = iam.createPolicy(r -> r.policyName("versions").policyDocument(READ_S3)
                .description("five at most"));
        String arn = created.policy().arn();
        assertThat(arn).isEqualTo("arn:aws:iam::123456789012:policy/versions");
        assertThat(created.policy().defaultVersionId()).isEqualTo("v1");
        assertThat(created.policy().policyId()).startsWith("ANPA");
        for (int i = 2; i <= 5; i++) {
            PolicyVersion version = iam.createPolicyVersion(r -> r.policyArn(arn).policyDocument(READ_S3)
                    .setAsDefault(true)).policyVersion();
            assertThat(version.versionId()).isEqualTo("v" + i);
            assertThat(version.isDefaultVersion()).isTrue();
        }
        assertIamError(() -> iam.createPolicyVersion(r -> r.policyArn(arn).policyDocument(READ_S3)),
                "LimitExceeded", 409);

        assertThat(iam.listPolicyVersions(r -> r.policyArn(arn)).versions()).hasSize(5);
        PolicyVersion v2 = iam.getPolicyVersion(r -> r.policyArn(arn).versionId("v2")).policyVersion();
        assertThat(decode(v2.document())).isEqualTo(READ_S3);
        assertThat(v2.isDefaultVersion()).isFalse();

        iam.setDefaultPolicyVersion(r -> r.policyArn(arn).versionId("v2"));
        assertThat(iam.getPolicy(r -> r.policyArn(arn)).policy().defaultVersionId()).isEqualTo("v2");
        assertIamError(() -> iam.deletePolicyVersion(r -> r.policyArn(arn).versionId("v2")), "DeleteConflict", 409);
        assertIamError(() -> iam.deletePolicy(r -> r.policyArn(arn)), "DeleteConflict", 409);
        for (String v : List.of("v1", "v3", "v4", "v5")) {
            iam.deletePolicyVersion(r -> r.policyArn(arn).versionId(v));
        }
        iam.deletePolicy(r -> r.policyArn(arn));
        assertIamError(() -> iam.getPolicy(r -> r.policyArn(arn)), "NoSuchEntity", 404);
    }

    @Test
    void managedPolicyNeedsVersion2012() {
        String old = """
                {"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}""";
        var error = assertIamError(() -> iam.createPolicy(r -> r.policyName("old-grammar").policyDocument(old)),
                "MalformedPolicyDocument", 400);
        assertThat(error.awsErrorDetails().errorMessage())
                .startsWith("Policy document must be version 2012-10-17 or greater.");
    }

    @Test
    void awsManagedPoliciesComeFromTheCatalogue() {
        Policy readOnly = iam.getPolicy(r -> r.policyArn("arn:aws:iam::aws:policy/ReadOnlyAccess")).policy();
        assertThat(readOnly.policyName()).isEqualTo("ReadOnlyAccess");
        assertThat(readOnly.isAttachable()).isTrue();
        assertThat(readOnly.policyId()).startsWith("ANPA");

        Policy admin = iam.getPolicy(r -> r.policyArn("arn:aws:iam::aws:policy/AdministratorAccess")).policy();
        assertThat(admin.attachmentCount()).isEqualTo(1);
        String document = decode(iam.getPolicyVersion(r -> r.policyArn(admin.arn())
                .versionId(admin.defaultVersionId())).policyVersion().document());
        assertThat(document).contains("\"Action\"");

        assertIamError(() -> iam.getPolicy(r -> r.policyArn("arn:aws:iam::aws:policy/NoSuchPolicyAtAll")),
                "NoSuchEntity", 404);
    }

    @Test
    void listPoliciesMergesScopesAndPages() {
        iam.createPolicy(r -> r.policyName("AmazonS3ReadOnlyAccess").path("/mine/").policyDocument(READ_S3));
        List<Policy> local = iam.listPolicies(r -> r.scope(PolicyScopeType.LOCAL)).policies();
        assertThat(local).extracting(Policy::arn).contains("arn:aws:iam::123456789012:policy/mine/AmazonS3ReadOnlyAccess");
        assertThat(local).allSatisfy(p -> assertThat(p.arn()).doesNotContain(":aws:policy/"));

        List<Policy> attached = iam.listPolicies(r -> r.onlyAttached(true)).policies();
        assertThat(attached).extracting(Policy::arn).contains("arn:aws:iam::aws:policy/AdministratorAccess");
        assertThat(attached).allSatisfy(p -> assertThat(p.attachmentCount()).isPositive());

        List<String> all = new ArrayList<>();
        String marker = null;
        do {
            String from = marker;
            var page = iam.listPolicies(r -> r.maxItems(400).marker(from));
            page.policies().forEach(p -> all.add(p.arn()));
            marker = page.isTruncated() ? page.marker() : null;
        } while (marker != null);
        assertThat(all).doesNotHaveDuplicates();
        assertThat(all).contains("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess",
                "arn:aws:iam::123456789012:policy/mine/AmazonS3ReadOnlyAccess");
        assertThat(all.indexOf("arn:aws:iam::123456789012:policy/mine/AmazonS3ReadOnlyAccess"))
                .isEqualTo(all.indexOf("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess") - 1);
        assertThat(all.size()).isGreaterThan(400);
    }
}
