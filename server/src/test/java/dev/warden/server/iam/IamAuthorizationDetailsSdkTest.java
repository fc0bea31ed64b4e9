package dev.warden.server.iam;

import static dev.warden.server.iam.IamErrorAssert.assertIamError;
import static dev.warden.server.iam.IamUsersRolesPoliciesSdkTest.decode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.server.testing.TestStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.iam.model.EntityType;
import software.amazon.awssdk.services.iam.model.GetAccountAuthorizationDetailsResponse;
import software.amazon.awssdk.services.iam.model.ManagedPolicyDetail;
import software.amazon.awssdk.services.iam.model.PolicyVersion;
import software.amazon.awssdk.services.iam.model.RoleDetail;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.iam.model.UserDetail;
import software.amazon.awssdk.services.iam.paginators.GetAccountAuthorizationDetailsIterable;

/** GetAccountAuthorizationDetails end to end: the AWS SDK against a real server, over SQLite and (when configured) PostgreSQL. */
@ParameterizedClass
@EnumSource(TestStore.class)
class IamAuthorizationDetailsSdkTest extends IamSdkTest {

    @Parameter
    TestStore store;

    static final String TRUST_EC2 = IamUsersRolesPoliciesSdkTest.TRUST_EC2;
    static final String READ_S3 = IamUsersRolesPoliciesSdkTest.READ_S3;
    static final String READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";
    static final String ADMIN = "arn:aws:iam::aws:policy/AdministratorAccess";

    static String localArn;

    @BeforeParameterizedClassInvocation
    static void createTheAccountToDescribe() {
        iam.createUser(r -> r.userName("dana").path("/eng/").permissionsBoundary(READ_ONLY)
                .tags(Tag.builder().key("team").value("data").build()));
        iam.createGroup(r -> r.groupName("analysts"));
        iam.addUserToGroup(r -> r.groupName("analysts").userName("dana"));
        iam.putUserPolicy(r -> r.userName("dana").policyName("own-s3").policyDocument(READ_S3));
        iam.putGroupPolicy(r -> r.groupName("analysts").policyName("group-s3").policyDocument(READ_S3));
        iam.attachGroupPolicy(r -> r.groupName("analysts").policyArn(READ_ONLY));
        iam.createRole(r -> r.roleName("ec2-app").assumeRolePolicyDocument(TRUST_EC2).description("app"));
        iam.putRolePolicy(r -> r.roleName("ec2-app").policyName("inline").policyDocument(READ_S3));
        iam.createInstanceProfile(r -> r.instanceProfileName("ec2-app-profile"));
        iam.addRoleToInstanceProfile(r -> r.instanceProfileName("ec2-app-profile").roleName("ec2-app"));
        localArn = iam.createPolicy(r -> r.policyName("local-read").policyDocument(READ_S3).description("mine"))
                .policy().arn();
        iam.createPolicyVersion(r -> r.policyArn(localArn).policyDocument(READ_S3.replace("GetObject", "ListBucket"))
                .setAsDefault(true));
        iam.attachRolePolicy(r -> r.roleName("ec2-app").policyArn(localArn));
    }

    @Test
    void everyRelationWithEncodedDocuments() {
        GetAccountAuthorizationDetailsResponse all = iam.getAccountAuthorizationDetails(r -> r.maxItems(1000));
        assertThat(all.isTruncated()).isFalse();

        UserDetail dana = all.userDetailList().stream().filter(u -> u.userName().equals("dana")).findFirst().orElseThrow();
        assertThat(dana.arn()).isEqualTo("arn:aws:iam::123456789012:user/eng/dana");
        assertThat(dana.groupList()).containsExactly("analysts");
        assertThat(dana.userPolicyList()).singleElement().satisfies(p -> {
            assertThat(p.policyName()).isEqualTo("own-s3");
            assertThat(p.policyDocument()).contains("%22");
            assertThat(decode(p.policyDocument())).isEqualTo(READ_S3);
        });
        assertThat(dana.attachedManagedPolicies()).isEmpty();
        assertThat(dana.permissionsBoundary().permissionsBoundaryArn()).isEqualTo(READ_ONLY);
        assertThat(dana.tags()).extracting(Tag::key).containsExactly("team");
        UserDetail admin = all.userDetailList().stream().filter(u -> u.userName().equals("admin")).findFirst()
                .orElseThrow();
        assertThat(admin.attachedManagedPolicies()).extracting(p -> p.policyArn()).containsExactly(ADMIN);

        assertThat(all.groupDetailList()).singleElement().satisfies(g -> {
            assertThat(g.groupName()).isEqualTo("analysts");
            assertThat(g.attachedManagedPolicies()).extracting(p -> p.policyName()).containsExactly("ReadOnlyAccess");
            assertThat(decode(g.groupPolicyList().get(0).policyDocument())).isEqualTo(READ_S3);
        });

        RoleDetail role = all.roleDetailList().stream().filter(r -> r.roleName().equals("ec2-app")).findFirst()
                .orElseThrow();
        assertThat(decode(role.assumeRolePolicyDocument())).isEqualTo(TRUST_EC2);
        assertThat(role.instanceProfileList()).singleElement().satisfies(p -> {
            assertThat(p.instanceProfileId()).startsWith("AIPA");
            assertThat(p.roles()).extracting(r -> r.roleName()).containsExactly("ec2-app");
        });
        assertThat(role.rolePolicyList()).extracting(p -> p.policyName()).containsExactly("inline");
        assertThat(role.attachedManagedPolicies()).extracting(p -> p.policyArn()).containsExactly(localArn);

        ManagedPolicyDetail local = policy(all, localArn);
        assertThat(local.defaultVersionId()).isEqualTo("v2");
        assertThat(local.attachmentCount()).isEqualTo(1);
        assertThat(local.description()).isEqualTo("mine");
        assertThat(local.policyVersionList()).extracting(PolicyVersion::versionId).containsExactly("v1", "v2");
        assertThat(decode(local.policyVersionList().get(1).document())).contains("s3:ListBucket");
        assertThat(local.policyVersionList().get(1).isDefaultVersion()).isTrue();

        ManagedPolicyDetail readOnly = policy(all, READ_ONLY);
        assertThat(readOnly.attachmentCount()).isEqualTo(1);
        assertThat(readOnly.permissionsBoundaryUsageCount()).isEqualTo(1);
        assertThat(readOnly.policyId()).startsWith("ANPA");
        assertThat(readOnly.policyVersionList()).singleElement().satisfies(v -> {
            assertThat(v.isDefaultVersion()).isTrue();
            assertThat(decode(v.document())).contains("\"Statement\"");
        });
        assertThat(policy(all, ADMIN).attachmentCount()).isEqualTo(1);
    }

    @Test
    void filterAndPagingThroughTheSdkPaginator() {
        GetAccountAuthorizationDetailsResponse roles = iam.getAccountAuthorizationDetails(r -> r.filter(EntityType.ROLE));
        assertThat(roles.userDetailList()).isEmpty();
        assertThat(roles.policies()).isEmpty();
        assertThat(roles.roleDetailList()).isNotEmpty();

        GetAccountAuthorizationDetailsResponse whole = iam.getAccountAuthorizationDetails(r -> r.maxItems(1000));
        int total = whole.userDetailList().size() + whole.groupDetailList().size() + whole.roleDetailList().size()
                + whole.policies().size();
        GetAccountAuthorizationDetailsIterable pages = iam.getAccountAuthorizationDetailsPaginator(r -> r.maxItems(2));
        List<String> seen = new ArrayList<>();
        int pageCount = 0;
        for (GetAccountAuthorizationDetailsResponse page : pages) {
            page.userDetailList().forEach(u -> seen.add(u.arn()));
            page.groupDetailList().forEach(g -> seen.add(g.arn()));
            page.roleDetailList().forEach(r -> seen.add(r.arn()));
            page.policies().forEach(p -> seen.add(p.arn()));
            pageCount++;
        }
        assertThat(seen).hasSize(total).doesNotHaveDuplicates();
        assertThat(pageCount).isEqualTo((total + 1) / 2);
    }

    @Test
    void badParameters() {
        assertIamError(() -> iam.getAccountAuthorizationDetails(r -> r.filterWithStrings("Users")), "ValidationError", 400);
        assertIamError(() -> iam.getAccountAuthorizationDetails(r -> r.marker("garbage!")), "InvalidInput", 400);
        assertIamError(() -> iam.getAccountAuthorizationDetails(r -> r.maxItems(1001)), "ValidationError", 400);
    }

    @Test
    void detailMembersFollowTheModelOrder() throws Exception {
        var roles = RawIamCall.post(warden, Map.of("Action", "GetAccountAuthorizationDetails",
                "Filter.member.1", "Role"));
        assertThat(roles.childNames("RoleDetailList", "member")).containsExactly("Path", "RoleName", "RoleId",
                "Arn", "CreateDate", "AssumeRolePolicyDocument", "InstanceProfileList", "RolePolicyList",
                "AttachedManagedPolicies", "RoleLastUsed");
        var users = RawIamCall.post(warden, Map.of("Action", "GetAccountAuthorizationDetails",
                "Filter.member.1", "User"));
        assertThat(users.childNames("UserDetailList", "member")).containsExactly("Path", "UserName", "UserId", "Arn",
                "CreateDate", "UserPolicyList", "GroupList", "AttachedManagedPolicies");
        var policies = RawIamCall.post(warden, Map.of("Action", "GetAccountAuthorizationDetails",
                "Filter.member.1", "LocalManagedPolicy"));
        assertThat(policies.childNames("Policies", "member")).containsExactly("PolicyName", "PolicyId", "Arn", "Path",
                "DefaultVersionId", "AttachmentCount", "PermissionsBoundaryUsageCount", "IsAttachable", "Description",
                "CreateDate", "UpdateDate", "PolicyVersionList");
        assertThat(policies.childNames("PolicyVersionList", "member")).containsExactly("Document", "VersionId",
                "IsDefaultVersion", "CreateDate");
    }

    private static ManagedPolicyDetail policy(GetAccountAuthorizationDetailsResponse r, String arn) {
        return r.policies().stream().filter(p -> p.arn().equals(arn)).findFirst().orElseThrow();
    }
}
