package dev.warden.server.iam;

import static dev.warden.server.iam.IamErrorAssert.assertIamError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.server.testing.TestStore;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.iam.model.Tag;

/**
 * Per-entity quotas (IAM User Guide, "IAM and AWS STS quotas") over the wire: the call that would go
 * past one answers LimitExceeded 409 with AWS's text, and the calls up to the quota succeed. Texts
 * as quoted from AWS in public reports (each row's comment); a row marked "Warden's text" has none.
 */
@ParameterizedClass
@EnumSource(TestStore.class)
class IamQuotasSdkTest extends IamSdkTest {

    @Parameter
    TestStore store;

    static final String ACCOUNT = "123456789012";

    /** One row: fill a fresh entity (named after the row) up to the quota, then the call one past it. */
    record Quota(String label, Consumer<String> fill, Consumer<String> exceed, String message) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A valid identity policy of exactly {@code chars} characters, none of them white space. */
    static String policyOfSize(int chars) {
        String head = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::b";
        String tail = "\"}]}";
        return head + "x".repeat(chars - head.length() - tail.length()) + tail;
    }

    /** A trust policy of exactly {@code chars} characters, none of them white space. */
    static String trustOfSize(int chars) {
        String head = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
                + "\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":"
                + "{\"aws:PrincipalTag/team\":\"";
        String tail = "\"}}}]}";
        return head + "x".repeat(chars - head.length() - tail.length()) + tail;
    }

    static String policyArn(String name) {
        return "arn:aws:iam::" + ACCOUNT + ":policy/" + name;
    }

    /** Creates managed policies {@code name-0} .. {@code name-(count-1)}. */
    static void createPolicies(String name, int count) {
        IntStream.range(0, count).forEach(i -> iam.createPolicy(r -> r.policyName(name + "-" + i)
                .policyDocument(IamUsersRolesPoliciesSdkTest.READ_S3)));
    }

    static void createRole(String name) {
        iam.createRole(r -> r.roleName(name).assumeRolePolicyDocument(IamUsersRolesPoliciesSdkTest.TRUST_EC2));
    }

    static List<Tag> tags(int count) {
        return IntStream.range(0, count).mapToObj(i -> Tag.builder().key("k" + i).value("v").build()).toList();
    }

    static Stream<Quota> quotas() {
        return Stream.of(
                // Warden's text by analogy with the role and group ones below
                new Quota("managed policies per user", n -> {
                    iam.createUser(r -> r.userName(n));
                    createPolicies(n, 11);
                    IntStream.range(0, 10).forEach(i -> iam.attachUserPolicy(r -> r.userName(n)
                            .policyArn(policyArn(n + "-" + i))));
                }, n -> iam.attachUserPolicy(r -> r.userName(n).policyArn(policyArn(n + "-10"))),
                        "Cannot exceed quota for PoliciesPerUser: 10"),
                // aws/eks-hybrid#741, LBHackney-IT/Data-Platform#1882
                new Quota("managed policies per role", n -> {
                    createRole(n);
                    createPolicies(n, 11);
                    IntStream.range(0, 10).forEach(i -> iam.attachRolePolicy(r -> r.roleName(n)
                            .policyArn(policyArn(n + "-" + i))));
                }, n -> iam.attachRolePolicy(r -> r.roleName(n).policyArn(policyArn(n + "-10"))),
                        "Cannot exceed quota for PoliciesPerRole: 10"),
                // aws/aws-cdk#13515
                new Quota("managed policies per group", n -> {
                    iam.createGroup(r -> r.groupName(n));
                    createPolicies(n, 11);
                    IntStream.range(0, 10).forEach(i -> iam.attachGroupPolicy(r -> r.groupName(n)
                            .policyArn(policyArn(n + "-" + i))));
                }, n -> iam.attachGroupPolicy(r -> r.groupName(n).policyArn(policyArn(n + "-10"))),
                        "Cannot exceed quota for PoliciesPerGroup: 10"),
                // Warden's text, in AWS's quota wording
                new Quota("groups per user", n -> {
                    iam.createUser(r -> r.userName(n));
                    IntStream.range(0, 11).forEach(i -> iam.createGroup(r -> r.groupName(n + "-" + i)));
                    IntStream.range(0, 10).forEach(i -> iam.addUserToGroup(r -> r.userName(n).groupName(n + "-" + i)));
                }, n -> iam.addUserToGroup(r -> r.userName(n).groupName(n + "-10")),
                        "Cannot exceed quota for GroupsPerUser: 10"),
                // simonw/s3-credentials#64, bartekj/aws-tools#29
                new Quota("access keys per user", n -> {
                    iam.createUser(r -> r.userName(n));
                    iam.createAccessKey(r -> r.userName(n));
                    iam.createAccessKey(r -> r.userName(n));
                }, n -> iam.createAccessKey(r -> r.userName(n)), "Cannot exceed quota for AccessKeysPerUser: 2"),
                // Warden's text, in AWS's quota wording
                new Quota("signing certificates per user", n -> {
                    iam.createUser(r -> r.userName(n));
                    for (String file : List.of("rsa-a.pem", "rsa-b.pem")) {
                        iam.uploadSigningCertificate(r -> r.userName(n)
                                .certificateBody(IamKeysAndCertificatesSdkTest.resource(file)));
                    }
                }, n -> iam.uploadSigningCertificate(r -> r.userName(n)
                        .certificateBody(IamKeysAndCertificatesSdkTest.resource("ec-c.pem"))),
                        "Cannot exceed quota for CertificatesPerUser: 2"),
                // Warden's text, in AWS's quota wording
                new Quota("SSH public keys per user", n -> {
                    iam.createUser(r -> r.userName(n));
                    IntStream.range(0, 5).forEach(i -> iam.uploadSSHPublicKey(r -> r.userName(n)
                            .sshPublicKeyBody(sshKey())));
                }, n -> iam.uploadSSHPublicKey(r -> r.userName(n).sshPublicKeyBody(sshKey())),
                        "Cannot exceed quota for PublicKeysPerUser: 5"),
                // as independent IAM reimplementations word it (no AWS quote found)
                new Quota("tags per user", n -> iam.createUser(r -> r.userName(n).tags(tags(50))),
                        n -> iam.tagUser(r -> r.userName(n).tags(Tag.builder().key("one-more").value("v").build())),
                        "The number of tags has reached the maximum limit."),
                // moto's text (no AWS quote found)
                new Quota("versions per managed policy", n -> {
                    createPolicies(n, 1);
                    IntStream.range(0, 4).forEach(i -> iam.createPolicyVersion(r -> r.policyArn(policyArn(n + "-0"))
                            .policyDocument(IamUsersRolesPoliciesSdkTest.READ_S3)));
                }, n -> iam.createPolicyVersion(r -> r.policyArn(policyArn(n + "-0"))
                        .policyDocument(IamUsersRolesPoliciesSdkTest.READ_S3)),
                        "A managed policy can have up to 5 versions. Before you create a new version, you must delete "
                                + "an existing version."),
                // ucopacme/aws-orgs#11 (the quota); the text as AWS's for users
                new Quota("inline policy characters per user", n -> {
                    iam.createUser(r -> r.userName(n));
                    iam.putUserPolicy(r -> r.userName(n).policyName("a").policyDocument(policyOfSize(1_024)));
                    iam.putUserPolicy(r -> r.userName(n).policyName("b").policyDocument(policyOfSize(1_024)));
                }, n -> iam.putUserPolicy(r -> r.userName(n).policyName("c").policyDocument(policyOfSize(200))),
                        "Maximum policy size of 2048 bytes exceeded for user inline-policy-characters-per-user"),
                new Quota("inline policy characters per group", n -> {
                    iam.createGroup(r -> r.groupName(n));
                    iam.putGroupPolicy(r -> r.groupName(n).policyName("a").policyDocument(policyOfSize(5_120)));
                }, n -> iam.putGroupPolicy(r -> r.groupName(n).policyName("b").policyDocument(policyOfSize(200))),
                        "Maximum policy size of 5120 bytes exceeded for group inline-policy-characters-per-group"),
                new Quota("inline policy characters per role", n -> {
                    createRole(n);
                    iam.putRolePolicy(r -> r.roleName(n).policyName("a").policyDocument(policyOfSize(10_240)));
                }, n -> iam.putRolePolicy(r -> r.roleName(n).policyName("b").policyDocument(policyOfSize(200))),
                        "Maximum policy size of 10240 bytes exceeded for role inline-policy-characters-per-role"),
                // ministryofjustice/cloud-platform-environments#14473
                new Quota("managed policy characters", n -> iam.createPolicy(r -> r.policyName(n)
                        .policyDocument(policyOfSize(6_144))),
                        n -> iam.createPolicyVersion(r -> r.policyArn(policyArn(n)).policyDocument(policyOfSize(6_145))),
                        "Cannot exceed quota for PolicySize: 6144"),
                // Warden's text, in AWS's quota wording
                new Quota("trust policy characters", n -> iam.createRole(r -> r.roleName(n)
                        .assumeRolePolicyDocument(trustOfSize(2_048))),
                        n -> iam.updateAssumeRolePolicy(r -> r.roleName(n).policyDocument(trustOfSize(2_049))),
                        "Cannot exceed quota for ACLSizePerRole: 2048"),
                // moto's text (AWS's not found)
                new Quota("roles per instance profile", n -> {
                    createRole(n);
                    createRole(n + "-2");
                    iam.createInstanceProfile(r -> r.instanceProfileName(n));
                    iam.addRoleToInstanceProfile(r -> r.instanceProfileName(n).roleName(n));
                }, n -> iam.addRoleToInstanceProfile(r -> r.instanceProfileName(n).roleName(n + "-2")),
                        "Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quotas")
    void theCallPastTheQuotaIsLimitExceeded(Quota row) {
        String name = row.label().replace(' ', '-');
        row.fill().accept(name);

        var error = assertIamError(() -> row.exceed().accept(name), "LimitExceeded", 409);
        assertThat(error.awsErrorDetails().errorMessage()).isEqualTo(row.message());
    }

    /** IAM does not count white space against policy size quotas. */
    @Test
    void whiteSpaceIsNotCounted() {
        String padded = policyOfSize(2_048).replace(",", ",\n        ");
        assertThat(padded.length()).isGreaterThan(2_048);
        iam.createUser(r -> r.userName("spacious"));
        iam.putUserPolicy(r -> r.userName("spacious").policyName("p").policyDocument(padded));
        iam.createPolicy(r -> r.policyName("spacious").policyDocument(policyOfSize(6_144).replace(",", ",\t\t")));
        String trust = trustOfSize(2_048).replace(",", ", \r\n");
        iam.createRole(r -> r.roleName("spacious").assumeRolePolicyDocument(trust));
    }

    private static String sshKey() {
        try {
            return IamKeysAndCertificatesSdkTest.rsaPublicKeyPem(2048);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
