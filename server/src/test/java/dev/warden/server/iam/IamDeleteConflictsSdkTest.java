package dev.warden.server.iam;

import static dev.warden.server.iam.IamErrorAssert.assertIamError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.server.testing.TestAuthenticator;
import dev.warden.server.testing.TestStore;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.iam.model.VirtualMFADevice;

/**
 * DeleteUser, DeleteRole, DeleteGroup, DeleteInstanceProfile and DeletePolicy refuse with DeleteConflict
 * 409 while one dependency remains, worded as AWS words each one, and succeed once it is removed.
 * The texts are AWS's answers as quoted in public bug reports (sources in each row's comment).
 */
@ParameterizedClass
@EnumSource(TestStore.class)
class IamDeleteConflictsSdkTest extends IamSdkTest {

    @Parameter
    TestStore store;

    static final String ACCOUNT = "123456789012";
    static final String READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";

    /** One row: an entity kind, one dependency put on it and taken off again, and AWS's refusal text. */
    record Conflict(String label, Kind kind, Consumer<String> add, Consumer<String> remove, String message) {
        @Override
        public String toString() {
            return label;
        }
    }

    enum Kind {
        USER {
            void create(String name) {
                iam.createUser(r -> r.userName(name));
            }

            void delete(String name) {
                iam.deleteUser(r -> r.userName(name));
            }
        },
        ROLE {
            void create(String name) {
                iam.createRole(r -> r.roleName(name).assumeRolePolicyDocument(IamUsersRolesPoliciesSdkTest.TRUST_EC2));
            }

            void delete(String name) {
                iam.deleteRole(r -> r.roleName(name));
            }
        },
        GROUP {
            void create(String name) {
                iam.createGroup(r -> r.groupName(name));
            }

            void delete(String name) {
                iam.deleteGroup(r -> r.groupName(name));
            }
        },
        INSTANCE_PROFILE {
            void create(String name) {
                iam.createInstanceProfile(r -> r.instanceProfileName(name));
            }

            void delete(String name) {
                iam.deleteInstanceProfile(r -> r.instanceProfileName(name));
            }
        },
        POLICY {
            void create(String name) {
                iam.createPolicy(r -> r.policyName(name).policyDocument(IamUsersRolesPoliciesSdkTest.READ_S3));
            }

            void delete(String name) {
                iam.deletePolicy(r -> r.policyArn(policyArn(name)));
            }
        };

        abstract void create(String name);

        abstract void delete(String name);
    }

    static String policyArn(String name) {
        return "arn:aws:iam::" + ACCOUNT + ":policy/" + name;
    }

    static Stream<Conflict> conflicts() {
        return Stream.of(
                // cloud-custodian#1663
                new Conflict("user with a login profile", Kind.USER,
                        u -> iam.createLoginProfile(r -> r.userName(u).password("Secret-123!aA")),
                        u -> iam.deleteLoginProfile(r -> r.userName(u)),
                        "Cannot delete entity, must delete login profile first."),
                // aws-controllers-k8s/community#2229
                new Conflict("user with an access key", Kind.USER,
                        u -> iam.createAccessKey(r -> r.userName(u)),
                        u -> iam.listAccessKeys(r -> r.userName(u)).accessKeyMetadata().forEach(k ->
                                iam.deleteAccessKey(r -> r.userName(u).accessKeyId(k.accessKeyId()))),
                        "Cannot delete entity, must delete access keys first."),
                // rebuy-de/aws-nuke#671
                new Conflict("user with a signing certificate", Kind.USER,
                        u -> iam.uploadSigningCertificate(r -> r.userName(u)
                                .certificateBody(IamKeysAndCertificatesSdkTest.resource("rsa-a.pem"))),
                        u -> iam.listSigningCertificates(r -> r.userName(u)).certificates().forEach(c ->
                                iam.deleteSigningCertificate(r -> r.userName(u).certificateId(c.certificateId()))),
                        "Cannot delete entity, must delete certificates first."),
                // rebuy-de/aws-nuke#470 and #522
                new Conflict("user with an SSH public key", Kind.USER,
                        u -> iam.uploadSSHPublicKey(r -> r.userName(u).sshPublicKeyBody(sshKey())),
                        u -> iam.listSSHPublicKeys(r -> r.userName(u)).sshPublicKeys().forEach(k ->
                                iam.deleteSSHPublicKey(r -> r.userName(u).sshPublicKeyId(k.sshPublicKeyId()))),
                        "Cannot delete entity, must remove referenced objects first."),
                // rebuy-de/aws-nuke#308
                new Conflict("user with a service-specific credential", Kind.USER,
                        u -> iam.createServiceSpecificCredential(r -> r.userName(u)
                                .serviceName("codecommit.amazonaws.com")),
                        u -> iam.listServiceSpecificCredentials(r -> r.userName(u)).serviceSpecificCredentials()
                                .forEach(c -> iam.deleteServiceSpecificCredential(r -> r.userName(u)
                                        .serviceSpecificCredentialId(c.serviceSpecificCredentialId()))),
                        "Cannot delete entity, must remove referenced objects first."),
                // rebuy-de/aws-nuke#281
                new Conflict("user with an MFA device", Kind.USER,
                        IamDeleteConflictsSdkTest::enableMfa,
                        u -> iam.listMFADevices(r -> r.userName(u)).mfaDevices().forEach(d ->
                                iam.deactivateMFADevice(r -> r.userName(u).serialNumber(d.serialNumber()))),
                        "Cannot delete entity, must delete MFA device first."),
                // simonw/s3-credentials#10
                new Conflict("user with an inline policy", Kind.USER,
                        u -> iam.putUserPolicy(r -> r.userName(u).policyName("p")
                                .policyDocument(IamUsersRolesPoliciesSdkTest.READ_S3)),
                        u -> iam.deleteUserPolicy(r -> r.userName(u).policyName("p")),
                        "Cannot delete entity, must delete policies first."),
                // the wording AWS uses for roles and groups (ansible/ansible#22832, cloud-custodian#7484)
                new Conflict("user with an attached policy", Kind.USER,
                        u -> iam.attachUserPolicy(r -> r.userName(u).policyArn(READ_ONLY)),
                        u -> iam.detachUserPolicy(r -> r.userName(u).policyArn(READ_ONLY)),
                        "Cannot delete entity, must detach all policies first."),
                // mozilla-services/userplex#17
                new Conflict("user in a group", Kind.USER,
                        u -> {
                            iam.createGroup(r -> r.groupName(u + "-group"));
                            iam.addUserToGroup(r -> r.userName(u).groupName(u + "-group"));
                        },
                        u -> iam.removeUserFromGroup(r -> r.userName(u).groupName(u + "-group")),
                        "Cannot delete entity, must remove users from group first."),
                // awslabs/aws-orbit-workbench#633
                new Conflict("role with an inline policy", Kind.ROLE,
                        n -> iam.putRolePolicy(r -> r.roleName(n).policyName("p")
                                .policyDocument(IamUsersRolesPoliciesSdkTest.READ_S3)),
                        n -> iam.deleteRolePolicy(r -> r.roleName(n).policyName("p")),
                        "Cannot delete entity, must delete policies first."),
                // ansible/ansible#22832, boto/boto#2960
                new Conflict("role with an attached policy", Kind.ROLE,
                        n -> iam.attachRolePolicy(r -> r.roleName(n).policyArn(READ_ONLY)),
                        n -> iam.detachRolePolicy(r -> r.roleName(n).policyArn(READ_ONLY)),
                        "Cannot delete entity, must detach all policies first."),
                // 99designs/iamy#68
                new Conflict("role in an instance profile", Kind.ROLE,
                        n -> {
                            iam.createInstanceProfile(r -> r.instanceProfileName(n + "-profile"));
                            iam.addRoleToInstanceProfile(r -> r.instanceProfileName(n + "-profile").roleName(n));
                        },
                        n -> iam.removeRoleFromInstanceProfile(r -> r.instanceProfileName(n + "-profile").roleName(n)),
                        "Cannot delete entity, must remove roles from instance profile first."),
                // go-to-k/delstack#40
                new Conflict("group with a member", Kind.GROUP,
                        g -> {
                            iam.createUser(r -> r.userName(g + "-member"));
                            iam.addUserToGroup(r -> r.userName(g + "-member").groupName(g));
                        },
                        g -> iam.removeUserFromGroup(r -> r.userName(g + "-member").groupName(g)),
                        "Cannot delete entity, must remove users from group first."),
                // rebuy-de/aws-nuke#275
                new Conflict("group with an inline policy", Kind.GROUP,
                        g -> iam.putGroupPolicy(r -> r.groupName(g).policyName("p")
                                .policyDocument(IamUsersRolesPoliciesSdkTest.READ_S3)),
                        g -> iam.deleteGroupPolicy(r -> r.groupName(g).policyName("p")),
                        "Cannot delete entity, must delete policies first."),
                // cloud-custodian/cloud-custodian#7484
                new Conflict("group with an attached policy", Kind.GROUP,
                        g -> iam.attachGroupPolicy(r -> r.groupName(g).policyArn(READ_ONLY)),
                        g -> iam.detachGroupPolicy(r -> r.groupName(g).policyArn(READ_ONLY)),
                        "Cannot delete entity, must detach all policies first."),
                // cloud-custodian/cloud-custodian#6044
                new Conflict("instance profile with a role", Kind.INSTANCE_PROFILE,
                        p -> {
                            Kind.ROLE.create(p + "-role");
                            iam.addRoleToInstanceProfile(r -> r.instanceProfileName(p).roleName(p + "-role"));
                        },
                        p -> iam.removeRoleFromInstanceProfile(r -> r.instanceProfileName(p).roleName(p + "-role")),
                        "Cannot delete entity, must remove roles from instance profile first."),
                // rebuy-de/aws-nuke#294
                new Conflict("policy attached to a user", Kind.POLICY,
                        p -> {
                            Kind.USER.create(p + "-user");
                            iam.attachUserPolicy(r -> r.userName(p + "-user").policyArn(policyArn(p)));
                        },
                        p -> iam.detachUserPolicy(r -> r.userName(p + "-user").policyArn(policyArn(p))),
                        "Cannot delete a policy attached to entities."),
                // gruntwork-io/cloud-nuke#972: a boundary use is refused as an attachment is
                new Conflict("policy used as a permissions boundary", Kind.POLICY,
                        p -> {
                            Kind.ROLE.create(p + "-role");
                            iam.putRolePermissionsBoundary(r -> r.roleName(p + "-role").permissionsBoundary(policyArn(p)));
                        },
                        p -> iam.deleteRolePermissionsBoundary(r -> r.roleName(p + "-role")),
                        "Cannot delete a policy attached to entities."),
                // rebuy-de/aws-nuke#1
                new Conflict("policy with a second version", Kind.POLICY,
                        p -> iam.createPolicyVersion(r -> r.policyArn(policyArn(p))
                                .policyDocument(IamUsersRolesPoliciesSdkTest.READ_S3)),
                        p -> iam.deletePolicyVersion(r -> r.policyArn(policyArn(p)).versionId("v2")),
                        "This policy has more than one version. Before you delete a policy, you must delete the "
                                + "policy's versions. The default version is deleted with the policy."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conflicts")
    void refusedWhileTheDependencyRemainsThenDeleted(Conflict row) {
        String name = "dc-" + row.label().replace(' ', '-');
        row.kind().create(name);
        row.add().accept(name);

        var error = assertIamError(() -> row.kind().delete(name), "DeleteConflict", 409);
        assertThat(error.awsErrorDetails().errorMessage()).isEqualTo(row.message());

        row.remove().accept(name);
        row.kind().delete(name);
    }

    private static String sshKey() {
        try {
            return IamKeysAndCertificatesSdkTest.rsaPublicKeyPem(2048);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void enableMfa(String userName) {
        VirtualMFADevice device = iam.createVirtualMFADevice(r -> r.virtualMFADeviceName(userName + "-mfa"))
                .virtualMFADevice();
        TestAuthenticator app = new TestAuthenticator(device.base32StringSeed().asString(StandardCharsets.US_ASCII));
        Instant now = Instant.now();
        iam.enableMFADevice(r -> r.userName(userName).serialNumber(device.serialNumber())
                .authenticationCode1(app.code(now, -1)).authenticationCode2(app.code(now, 0)));
    }
}
