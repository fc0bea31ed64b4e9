package dev.warden.core.iam;

import static dev.warden.core.iam.IamAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.model.AttachedPolicy;
import dev.warden.core.model.PolicyOwnerKind;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentServiceTest {
    @TempDir
    Path dir;

    private IamFixture fx;
    private AttachmentService attachments;

    @BeforeEach
    void setUp() {
        fx = new IamFixture(dir);
        attachments = fx.iam.attachments();
        fx.iam.users().createUser(UserRequests.CreateUser.named("alice"));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void attachesAwsAndCustomerPoliciesIdempotently() {
        var custom = fx.iam.policies().createPolicy(new PolicyRequests.CreatePolicy("mine", "/x/", IamFixture.allowAll(), null, null));
        String aws = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole";
        attachments.attachUserPolicy(new AttachmentRequests.AttachPolicy("alice", aws));
        attachments.attachUserPolicy(new AttachmentRequests.AttachPolicy("alice", custom.arn()));
        attachments.attachUserPolicy(new AttachmentRequests.AttachPolicy("alice", custom.arn()));
        assertThat(attachments.listAttachedUserPolicies("alice", ListOptions.all()).items()).containsExactly(
                new AttachedPolicy(custom.arn(), "mine"), new AttachedPolicy(aws, "AWSLambdaBasicExecutionRole"));
        assertThat(attachments.listAttachedUserPolicies("alice", new ListOptions("/service-role/", null, null)).items())
                .extracting(AttachedPolicy::policyName).containsExactly("AWSLambdaBasicExecutionRole");
        assertThat(attachments.attachedPolicyArns(PolicyOwnerKind.USER, "alice")).containsExactlyInAnyOrder(aws, custom.arn());
        assertThat(fx.iam.policies().getPolicy(custom.arn()).attachmentCount()).isEqualTo(1);
    }

    @Test
    void unknownOrMalformedPoliciesAreRejected() {
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> attachments.attachUserPolicy(
                new AttachmentRequests.AttachPolicy("alice", "arn:aws:iam::123456789012:policy/missing")))
                .hasMessage("Policy arn:aws:iam::123456789012:policy/missing does not exist or is not attachable.");
        failsWith(IamErrorCode.INVALID_INPUT, () -> attachments.attachUserPolicy(
                new AttachmentRequests.AttachPolicy("alice", "arn:aws:iam::123456789012:user/alice")));
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> attachments.detachUserPolicy(
                new AttachmentRequests.AttachPolicy("alice", "arn:aws:iam::aws:policy/ReadOnlyAccess")));
    }

    @Test
    void tenManagedPoliciesPerEntity() {
        for (int i = 0; i < 10; i++) {
            attachments.attachUserPolicy(new AttachmentRequests.AttachPolicy("alice", "arn:aws:iam::aws:policy/P" + i));
        }
        failsWith(IamErrorCode.LIMIT_EXCEEDED, () -> attachments.attachUserPolicy(
                new AttachmentRequests.AttachPolicy("alice", "arn:aws:iam::aws:policy/P10")))
                .hasMessage("Cannot exceed quota for PoliciesPerUser: 10");
    }

    @Test
    void awsManagedPoliciesAreCheckedAgainstTheDirectoryWhenOneIsPlugged(@TempDir Path other) {
        try (IamFixture strict = new IamFixture(other)) {
            IamContext c = strict.iam.context();
            Iam iam = new Iam(new IamContext(c.account(), c.store(), c.clock(), c.random(), c.ids(), c.quotas(),
                    c.policyCheck(), arn -> arn.endsWith("/ReadOnlyAccess"), c.secretCipher(), c.passwordHasher()));
            iam.users().createUser(UserRequests.CreateUser.named("bob"));
            iam.attachments().attachUserPolicy(new AttachmentRequests.AttachPolicy("bob", "arn:aws:iam::aws:policy/ReadOnlyAccess"));
            failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> iam.attachments().attachUserPolicy(
                    new AttachmentRequests.AttachPolicy("bob", "arn:aws:iam::aws:policy/NoSuchPolicy")));
        }
    }
}
