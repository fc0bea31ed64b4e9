package dev.warden.server.iam;

import static dev.warden.server.iam.IamErrorAssert.assertIamError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.server.testing.TestStore;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.AccessKeyMetadata;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.EntityType;
import software.amazon.awssdk.services.iam.model.ListEntitiesForPolicyResponse;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.PolicyScopeType;
import software.amazon.awssdk.services.iam.model.PolicyUsageType;
import software.amazon.awssdk.services.iam.model.StatusType;
import software.amazon.awssdk.services.iam.model.SummaryKeyType;

/** Access keys, login profiles, groups, inline policies and attachments end to end with the AWS SDK. */
@ParameterizedClass
@EnumSource(TestStore.class)
class IamKeysGroupsAttachmentsSdkTest extends IamSdkTest {

    @Parameter
    TestStore store;

    static final String ALLOW_ALL_IAM = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:*","Resource":"*"}]}""";
    static final String READ_S3 = IamUsersRolesPoliciesSdkTest.READ_S3;

    @Test
    void accessKeyLifeCycleAndSigningWithTheNewKey() {
        iam.createUser(r -> r.userName("kim"));
        iam.putUserPolicy(r -> r.userName("kim").policyName("iam-all").policyDocument(ALLOW_ALL_IAM));
        AccessKey key = iam.createAccessKey(r -> r.userName("kim")).accessKey();
        assertThat(key.accessKeyId()).startsWith("AKIA");
        assertThat(key.secretAccessKey()).hasSize(40);
        assertThat(key.status()).isEqualTo(StatusType.ACTIVE);

        try (IamClient asKim = warden.client(AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey()))) {
            assertThat(asKim.getUser().user().userName()).isEqualTo("kim");
            AccessKey second = asKim.createAccessKey().accessKey();
            assertThat(second.userName()).isEqualTo("kim");
            assertThat(asKim.listAccessKeys().accessKeyMetadata()).extracting(AccessKeyMetadata::accessKeyId)
                    .containsExactlyInAnyOrder(key.accessKeyId(), second.accessKeyId());
            assertIamError(asKim::createAccessKey, "LimitExceeded", 409);
            asKim.deleteAccessKey(r -> r.accessKeyId(second.accessKeyId()));
        }

        var lastUsed = iam.getAccessKeyLastUsed(r -> r.accessKeyId(key.accessKeyId()));
        assertThat(lastUsed.userName()).isEqualTo("kim");
        assertThat(lastUsed.accessKeyLastUsed().serviceName()).isNotBlank();

        iam.updateAccessKey(r -> r.userName("kim").accessKeyId(key.accessKeyId()).status(StatusType.INACTIVE));
        assertThat(iam.listAccessKeys(r -> r.userName("kim")).accessKeyMetadata())
                .extracting(AccessKeyMetadata::status).containsExactly(StatusType.INACTIVE);
        try (IamClient inactive = warden.client(AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey()))) {
            assertIamError(inactive::getUser, "InvalidClientTokenId", 403);
        }
        assertIamError(() -> iam.deleteUser(r -> r.userName("kim")), "DeleteConflict", 409);
        iam.deleteAccessKey(r -> r.userName("kim").accessKeyId(key.accessKeyId()));
        iam.deleteUserPolicy(r -> r.userName("kim").policyName("iam-all"));
        iam.deleteUser(r -> r.userName("kim"));
        assertIamError(() -> iam.getAccessKeyLastUsed(r -> r.accessKeyId(key.accessKeyId())), "NoSuchEntity", 404);
    }

    @Test
    void loginProfileLifeCycle() {
        iam.createUser(r -> r.userName("lou"));
        var profile = iam.createLoginProfile(r -> r.userName("lou").password("Correct-Horse-1").passwordResetRequired(true))
                .loginProfile();
        assertThat(profile.userName()).isEqualTo("lou");
        assertThat(profile.passwordResetRequired()).isTrue();
        assertIamError(() -> iam.createLoginProfile(r -> r.userName("lou").password("x")), "EntityAlreadyExists", 409);
        iam.updateLoginProfile(r -> r.userName("lou").passwordResetRequired(false));
        assertThat(iam.getLoginProfile(r -> r.userName("lou")).loginProfile().passwordResetRequired()).isFalse();
        iam.deleteLoginProfile(r -> r.userName("lou"));
        assertIamError(() -> iam.getLoginProfile(r -> r.userName("lou")), "NoSuchEntity", 404);
    }

    @Test
    void groupsMembersAndGroupPolicies() {
        iam.createGroup(r -> r.groupName("devs").path("/eng/"));
        assertIamError(() -> iam.createGroup(r -> r.groupName("DEVS")), "EntityAlreadyExists", 409);
        iam.createUser(r -> r.userName("gus"));
        iam.addUserToGroup(r -> r.groupName("devs").userName("gus"));
        var group = iam.getGroup(r -> r.groupName("devs"));
        assertThat(group.group().arn()).isEqualTo("arn:aws:iam::123456789012:group/eng/devs");
        assertThat(group.users()).extracting(u -> u.userName()).containsExactly("gus");
        assertThat(iam.listGroupsForUser(r -> r.userName("gus")).groups()).extracting(g -> g.groupName())
                .containsExactly("devs");
        assertThat(iam.listGroups(r -> r.pathPrefix("/eng/")).groups()).hasSize(1);

        iam.putGroupPolicy(r -> r.groupName("devs").policyName("read").policyDocument(READ_S3));
        assertThat(URLDecoder.decode(iam.getGroupPolicy(r -> r.groupName("devs").policyName("read")).policyDocument(),
                StandardCharsets.UTF_8)).isEqualTo(READ_S3);
        assertThat(iam.listGroupPolicies(r -> r.groupName("devs")).policyNames()).containsExactly("read");

        assertIamError(() -> iam.deleteGroup(r -> r.groupName("devs")), "DeleteConflict", 409);
        iam.removeUserFromGroup(r -> r.groupName("devs").userName("gus"));
        iam.deleteGroupPolicy(r -> r.groupName("devs").policyName("read"));
        iam.updateGroup(r -> r.groupName("devs").newGroupName("developers"));
        iam.deleteGroup(r -> r.groupName("developers"));
        assertIamError(() -> iam.getGroup(r -> r.groupName("developers")), "NoSuchEntity", 404);
    }

    @Test
    void inlineRolePoliciesAndSizeLimit() {
        iam.createRole(r -> r.roleName("inline-role").assumeRolePolicyDocument(IamUsersRolesPoliciesSdkTest.TRUST_EC2));
        iam.putRolePolicy(r -> r.roleName("inline-role").policyName("p1").policyDocument(READ_S3));
        assertThat(iam.listRolePolicies(r -> r.roleName("inline-role")).policyNames()).containsExactly("p1");
        var got = iam.getRolePolicy(r -> r.roleName("inline-role").policyName("p1"));
        assertThat(got.roleName()).isEqualTo("inline-role");
        assertThat(got.policyDocument()).startsWith("%7B");
        assertIamError(() -> iam.deleteRole(r -> r.roleName("inline-role")), "DeleteConflict", 409);
        assertIamError(() -> iam.getRolePolicy(r -> r.roleName("inline-role").policyName("nope")), "NoSuchEntity", 404);

        String big = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::" + "b".repeat(10_300) + "\"}]}";
        assertIamError(() -> iam.putRolePolicy(r -> r.roleName("inline-role").policyName("big").policyDocument(big)),
                "LimitExceeded", 409);
        String malformed = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Maybe\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}";
        assertIamError(() -> iam.putRolePolicy(r -> r.roleName("inline-role").policyName("bad").policyDocument(malformed)),
                "MalformedPolicyDocument", 400);
        iam.deleteRolePolicy(r -> r.roleName("inline-role").policyName("p1"));
        iam.deleteRole(r -> r.roleName("inline-role"));
    }

    @Test
    void attachDetachAndEntitiesForPolicy() {
        iam.createUser(r -> r.userName("ada"));
        iam.createRole(r -> r.roleName("ada-role").assumeRolePolicyDocument(IamUsersRolesPoliciesSdkTest.TRUST_EC2));
        String arn = iam.createPolicy(r -> r.policyName("shared").policyDocument(READ_S3)).policy().arn();
        String awsArn = "arn:aws:iam::aws:policy/ReadOnlyAccess";
        iam.attachUserPolicy(r -> r.userName("ada").policyArn(arn));
        iam.attachUserPolicy(r -> r.userName("ada").policyArn(awsArn));
        iam.attachRolePolicy(r -> r.roleName("ada-role").policyArn(arn));
        iam.putRolePermissionsBoundary(r -> r.roleName("ada-role").permissionsBoundary(awsArn));

        assertThat(iam.listAttachedUserPolicies(r -> r.userName("ada")).attachedPolicies())
                .extracting(AttachedPolicy::policyName).containsExactlyInAnyOrder("shared", "ReadOnlyAccess");
        assertThat(iam.getPolicy(r -> r.policyArn(arn)).policy().attachmentCount()).isEqualTo(2);
        assertThat(iam.getRole(r -> r.roleName("ada-role")).role().permissionsBoundary().permissionsBoundaryArn())
                .isEqualTo(awsArn);

        ListEntitiesForPolicyResponse entities = iam.listEntitiesForPolicy(r -> r.policyArn(arn));
        assertThat(entities.policyUsers()).extracting(u -> u.userName()).containsExactly("ada");
        assertThat(entities.policyRoles()).extracting(u -> u.roleName()).containsExactly("ada-role");
        assertThat(entities.policyGroups()).isEmpty();
        assertThat(iam.listEntitiesForPolicy(r -> r.policyArn(arn).entityFilter(EntityType.ROLE)).policyUsers()).isEmpty();
        ListEntitiesForPolicyResponse awsUse = iam.listEntitiesForPolicy(r -> r.policyArn(awsArn));
        assertThat(awsUse.policyUsers()).extracting(u -> u.userName()).containsExactly("ada");
        assertThat(awsUse.policyRoles()).extracting(u -> u.roleName()).containsExactly("ada-role");

        assertThat(iam.listPolicies(r -> r.policyUsageFilter(PolicyUsageType.PERMISSIONS_BOUNDARY)).policies())
                .extracting(Policy::arn).containsExactly(awsArn);
        assertThat(iam.listPolicies(r -> r.scope(PolicyScopeType.LOCAL).onlyAttached(true)).policies())
                .extracting(Policy::arn).containsExactly(arn);
        assertThat(iam.listPolicies(r -> r.scope(PolicyScopeType.AWS).onlyAttached(true)).policies())
                .extracting(Policy::policyName).containsExactlyInAnyOrder("AdministratorAccess", "ReadOnlyAccess");

        assertIamError(() -> iam.attachUserPolicy(r -> r.userName("ada").policyArn("arn:aws:iam::aws:policy/NotARealPolicy")),
                "NoSuchEntity", 404);
        assertIamError(() -> iam.deletePolicy(r -> r.policyArn(arn)), "DeleteConflict", 409);
        assertIamError(() -> iam.deleteUser(r -> r.userName("ada")), "DeleteConflict", 409);

        iam.detachUserPolicy(r -> r.userName("ada").policyArn(arn));
        iam.detachUserPolicy(r -> r.userName("ada").policyArn(awsArn));
        iam.detachRolePolicy(r -> r.roleName("ada-role").policyArn(arn));
        assertIamError(() -> iam.detachRolePolicy(r -> r.roleName("ada-role").policyArn(arn)), "NoSuchEntity", 404);
        iam.deleteRolePermissionsBoundary(r -> r.roleName("ada-role"));
        iam.deletePolicy(r -> r.policyArn(arn));
        iam.deleteUser(r -> r.userName("ada"));
        iam.deleteRole(r -> r.roleName("ada-role"));
    }

    @Test
    void accountSummaryCountsEntities() {
        Map<SummaryKeyType, Integer> summary = iam.getAccountSummary().summaryMap();
        assertThat(summary.get(SummaryKeyType.USERS)).isPositive();
        assertThat(summary.get(SummaryKeyType.USERS_QUOTA)).isEqualTo(5000);
        assertThat(summary.get(SummaryKeyType.VERSIONS_PER_POLICY_QUOTA)).isEqualTo(5);
    }
}
