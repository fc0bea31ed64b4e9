package dev.warden.server.iam;

import static dev.warden.server.iam.IamErrorAssert.assertIamError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.server.testing.TestStore;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.DeletionTaskStatusType;
import software.amazon.awssdk.services.iam.model.Role;

/** Service-linked roles end to end: creation as AWS names them, protection, deletion tasks. */
@ParameterizedClass
@EnumSource(TestStore.class)
class IamServiceLinkedRolesSdkTest extends IamSdkTest {

    @Parameter
    TestStore store;

    static final String PROTECTED = "Cannot perform the operation on the protected role '%s' - this role is only "
            + "modifiable by AWS";

    @Test
    void createsTheServicesRoleWithItsTrustAndPermissionsPolicy() {
        Role role = iam.createServiceLinkedRole(r -> r.awsServiceName("elasticmapreduce.amazonaws.com")
                .description("EMR cleanup")).role();

        assertThat(role.roleName()).isEqualTo("AWSServiceRoleForEMRCleanup");
        assertThat(role.path()).isEqualTo("/aws-service-role/elasticmapreduce.amazonaws.com/");
        assertThat(role.arn()).isEqualTo("arn:aws:iam::123456789012:role/aws-service-role/"
                + "elasticmapreduce.amazonaws.com/AWSServiceRoleForEMRCleanup");
        assertThat(role.roleId()).startsWith("AROA");
        assertThat(role.description()).isEqualTo("EMR cleanup");
        assertThat(IamUsersRolesPoliciesSdkTest.decode(role.assumeRolePolicyDocument())).isEqualTo(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
                        + "\"elasticmapreduce.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}");
        assertThat(iam.listAttachedRolePolicies(r -> r.roleName("AWSServiceRoleForEMRCleanup")).attachedPolicies())
                .extracting(AttachedPolicy::policyArn)
                .containsExactly("arn:aws:iam::aws:policy/aws-service-role/AmazonEMRCleanupPolicy");

        var taken = assertIamError(() -> iam.createServiceLinkedRole(r -> r.awsServiceName(
                "elasticmapreduce.amazonaws.com")), "InvalidInput", 400);
        assertThat(taken.awsErrorDetails().errorMessage()).isEqualTo("Service role name AWSServiceRoleForEMRCleanup "
                + "has been taken in this account, please try a different suffix.");
    }

    @Test
    void aCustomSuffixAndTheConventionForOtherServices() {
        assertThat(iam.createServiceLinkedRole(r -> r.awsServiceName("autoscaling.amazonaws.com").customSuffix("web"))
                .role().roleName()).isEqualTo("AWSServiceRoleForAutoScaling_web");
        assertThat(iam.listAttachedRolePolicies(r -> r.roleName("AWSServiceRoleForAutoScaling_web"))
                .attachedPolicies()).extracting(AttachedPolicy::policyArn)
                .containsExactly("arn:aws:iam::aws:policy/aws-service-role/AutoScalingServiceRolePolicy");

        Role other = iam.createServiceLinkedRole(r -> r.awsServiceName("widget-maker.amazonaws.com")).role();
        assertThat(other.roleName()).isEqualTo("AWSServiceRoleForWidgetMaker");
        assertThat(iam.listAttachedRolePolicies(r -> r.roleName(other.roleName())).attachedPolicies()).isEmpty();

        assertIamError(() -> iam.createServiceLinkedRole(r -> r.awsServiceName("example.com")), "InvalidInput", 400);
        assertIamError(() -> iam.createServiceLinkedRole(r -> r.awsServiceName("bad name")), "ValidationError", 400);
        assertIamError(() -> iam.createRole(r -> r.roleName("sneaky").path("/aws-service-role/x.amazonaws.com/")
                .assumeRolePolicyDocument(IamUsersRolesPoliciesSdkTest.TRUST_EC2)), "InvalidInput", 400);
    }

    record Change(String name, Consumer<String> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Test
    void onlyTheServiceMayChangeIt() {
        String name = iam.createServiceLinkedRole(r -> r.awsServiceName("ecs.amazonaws.com")).role().roleName();
        assertThat(name).isEqualTo("AWSServiceRoleForECS");
        String policy = IamUsersRolesPoliciesSdkTest.READ_S3;
        List<Change> changes = List.of(
                new Change("UpdateAssumeRolePolicy", n -> iam.updateAssumeRolePolicy(r -> r.roleName(n)
                        .policyDocument(IamUsersRolesPoliciesSdkTest.TRUST_EC2))),
                new Change("DeleteRole", n -> iam.deleteRole(r -> r.roleName(n))),
                new Change("PutRolePolicy", n -> iam.putRolePolicy(r -> r.roleName(n).policyName("p")
                        .policyDocument(policy))),
                new Change("DeleteRolePolicy", n -> iam.deleteRolePolicy(r -> r.roleName(n).policyName("p"))),
                new Change("AttachRolePolicy", n -> iam.attachRolePolicy(r -> r.roleName(n)
                        .policyArn("arn:aws:iam::aws:policy/ReadOnlyAccess"))),
                new Change("DetachRolePolicy", n -> iam.detachRolePolicy(r -> r.roleName(n)
                        .policyArn("arn:aws:iam::aws:policy/aws-service-role/AmazonECSServiceRolePolicy"))),
                new Change("PutRolePermissionsBoundary", n -> iam.putRolePermissionsBoundary(r -> r.roleName(n)
                        .permissionsBoundary("arn:aws:iam::aws:policy/ReadOnlyAccess"))),
                new Change("DeleteRolePermissionsBoundary", n -> iam.deleteRolePermissionsBoundary(r -> r.roleName(n))),
                new Change("UpdateRole MaxSessionDuration", n -> iam.updateRole(r -> r.roleName(n)
                        .maxSessionDuration(7200))),
                // Both list UnmodifiableEntity among their errors (IAM API reference, botocore's model).
                new Change("AddRoleToInstanceProfile", n -> iam.addRoleToInstanceProfile(r -> r.roleName(n)
                        .instanceProfileName("profile"))),
                new Change("RemoveRoleFromInstanceProfile", n -> iam.removeRoleFromInstanceProfile(r -> r.roleName(n)
                        .instanceProfileName("profile"))));
        iam.createInstanceProfile(r -> r.instanceProfileName("profile"));
        for (Change change : changes) {
            ThrowingCallable call = () -> change.call().accept(name);
            var error = assertIamError(call, "UnmodifiableEntity", 400);
            assertThat(error.awsErrorDetails().errorMessage()).as(change.name()).isEqualTo(PROTECTED.formatted(name));
        }
        assertThat(iam.listAttachedRolePolicies(r -> r.roleName(name)).attachedPolicies()).hasSize(1);
        assertThat(iam.listInstanceProfilesForRole(r -> r.roleName(name)).instanceProfiles()).isEmpty();

        iam.updateRoleDescription(r -> r.roleName(name).description("still the service's role"));
        assertThat(iam.getRole(r -> r.roleName(name)).role().description()).isEqualTo("still the service's role");
    }

    @Test
    void deletionIsATaskThatSucceeds() {
        String name = iam.createServiceLinkedRole(r -> r.awsServiceName("support.amazonaws.com")).role().roleName();
        assertThat(name).isEqualTo("AWSServiceRoleForSupport");

        String task = iam.deleteServiceLinkedRole(r -> r.roleName(name)).deletionTaskId();

        assertThat(task).startsWith("task/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport/AROA");
        assertThat(iam.getServiceLinkedRoleDeletionStatus(r -> r.deletionTaskId(task)).status())
                .isEqualTo(DeletionTaskStatusType.SUCCEEDED);
        assertIamError(() -> iam.getRole(r -> r.roleName(name)), "NoSuchEntity", 404);
        assertIamError(() -> iam.getServiceLinkedRoleDeletionStatus(r -> r.deletionTaskId("task/nonsense")),
                "InvalidInput", 400);
        assertIamError(() -> iam.deleteServiceLinkedRole(r -> r.roleName(name)), "NoSuchEntity", 404);

        iam.createRole(r -> r.roleName("ordinary").assumeRolePolicyDocument(IamUsersRolesPoliciesSdkTest.TRUST_EC2));
        assertIamError(() -> iam.deleteServiceLinkedRole(r -> r.roleName("ordinary")), "InvalidInput", 400);
        iam.deleteRole(r -> r.roleName("ordinary"));
    }
}
