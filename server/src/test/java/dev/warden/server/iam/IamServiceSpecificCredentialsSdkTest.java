package dev.warden.server.iam;

import static dev.warden.server.iam.IamErrorAssert.assertIamError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.server.testing.TestStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.iam.model.ServiceSpecificCredential;
import software.amazon.awssdk.services.iam.model.ServiceSpecificCredentialMetadata;
import software.amazon.awssdk.services.iam.model.StatusType;

/**
 * Service-specific credentials end to end: the AWS SDK against a real server, over SQLite and (when
 * configured) PostgreSQL.
 */
@ParameterizedClass
@EnumSource(TestStore.class)
class IamServiceSpecificCredentialsSdkTest extends IamSdkTest {

    @Parameter
    TestStore store;

    @Test
    void gitCredentialsLiveThroughCreateListResetUpdateAndDelete() {
        iam.createUser(r -> r.userName("coder"));
        Instant before = Instant.now().minusSeconds(5);
        ServiceSpecificCredential created = iam.createServiceSpecificCredential(r -> r.userName("coder")
                .serviceName("codecommit.amazonaws.com")).serviceSpecificCredential();

        String id = created.serviceSpecificCredentialId();
        assertThat(id).startsWith("ACCA").hasSize(20);
        assertThat(created.userName()).isEqualTo("coder");
        assertThat(created.serviceName()).isEqualTo("codecommit.amazonaws.com");
        assertThat(created.serviceUserName()).isEqualTo("coder-at-" + IamServerFixture.ACCOUNT);
        assertThat(created.servicePassword()).hasSize(44);
        assertThat(created.status()).isEqualTo(StatusType.ACTIVE);
        assertThat(created.createDate()).isAfter(before);
        assertThat(created.expirationDate()).isNull();

        List<ServiceSpecificCredentialMetadata> listed = iam.listServiceSpecificCredentials(r -> r.userName("coder"))
                .serviceSpecificCredentials();
        assertThat(listed).singleElement().satisfies(m -> {
            assertThat(m.serviceSpecificCredentialId()).isEqualTo(id);
            assertThat(m.serviceUserName()).isEqualTo(created.serviceUserName());
            assertThat(m.status()).isEqualTo(StatusType.ACTIVE);
            assertThat(m.createDate()).isEqualTo(created.createDate());
        });

        ServiceSpecificCredential reset = iam.resetServiceSpecificCredential(r -> r.userName("coder")
                .serviceSpecificCredentialId(id)).serviceSpecificCredential();
        assertThat(reset.serviceSpecificCredentialId()).isEqualTo(id);
        assertThat(reset.servicePassword()).hasSize(44).isNotEqualTo(created.servicePassword());

        iam.updateServiceSpecificCredential(r -> r.userName("coder").serviceSpecificCredentialId(id)
                .status(StatusType.INACTIVE));
        assertThat(iam.listServiceSpecificCredentials(r -> r.userName("coder")).serviceSpecificCredentials())
                .extracting(ServiceSpecificCredentialMetadata::status).containsExactly(StatusType.INACTIVE);

        assertIamError(() -> iam.deleteUser(r -> r.userName("coder")), "DeleteConflict", 409);
        iam.deleteServiceSpecificCredential(r -> r.userName("coder").serviceSpecificCredentialId(id));
        assertThat(iam.listServiceSpecificCredentials(r -> r.userName("coder")).serviceSpecificCredentials()).isEmpty();
        iam.deleteUser(r -> r.userName("coder"));
    }

    @Test
    void errorsAreAwsErrors() {
        iam.createUser(r -> r.userName("limited"));
        iam.createUser(r -> r.userName("other"));
        iam.createServiceSpecificCredential(r -> r.userName("limited").serviceName("cassandra.amazonaws.com"));
        String id = iam.createServiceSpecificCredential(r -> r.userName("limited")
                .serviceName("cassandra.amazonaws.com")).serviceSpecificCredential().serviceSpecificCredentialId();

        assertIamError(() -> iam.createServiceSpecificCredential(r -> r.userName("limited")
                .serviceName("cassandra.amazonaws.com")), "LimitExceeded", 409);
        assertIamError(() -> iam.createServiceSpecificCredential(r -> r.userName("limited")
                .serviceName("s3.amazonaws.com")), "NotSupportedService", 404);
        assertIamError(() -> iam.createServiceSpecificCredential(r -> r.userName("ghost")
                .serviceName("codecommit.amazonaws.com")), "NoSuchEntity", 404);
        assertIamError(() -> iam.listServiceSpecificCredentials(r -> r.userName("limited")
                .serviceName("ec2.amazonaws.com")), "NotSupportedService", 404);
        assertIamError(() -> iam.resetServiceSpecificCredential(r -> r.userName("other")
                .serviceSpecificCredentialId(id)), "NoSuchEntity", 404);
        assertIamError(() -> iam.deleteServiceSpecificCredential(r -> r.userName("other")
                .serviceSpecificCredentialId(id)), "NoSuchEntity", 404);
        assertIamError(() -> iam.updateServiceSpecificCredential(r -> r.userName("limited")
                .serviceSpecificCredentialId("short").status(StatusType.ACTIVE)), "ValidationError", 400);
        assertIamError(() -> iam.listServiceSpecificCredentials(r -> r.userName("limited").allUsers(true)),
                "InvalidInput", 400);
    }

    @Test
    void bedrockKeysUseAliasAndSecretAndMayExpire() {
        iam.createUser(r -> r.userName("modeler"));
        Instant before = Instant.now().minusSeconds(5);
        ServiceSpecificCredential key = iam.createServiceSpecificCredential(r -> r.userName("modeler")
                .serviceName("bedrock.amazonaws.com").credentialAgeDays(7)).serviceSpecificCredential();

        assertThat(key.serviceCredentialAlias()).startsWith("BedrockAPIKey-").endsWith("-at-" + IamServerFixture.ACCOUNT);
        assertThat(key.serviceCredentialSecret()).hasSize(44);
        assertThat(key.serviceUserName()).isNull();
        assertThat(key.servicePassword()).isNull();
        assertThat(key.expirationDate()).isAfter(before.plus(Duration.ofDays(7)))
                .isEqualTo(key.createDate().plus(Duration.ofDays(7)));
        assertThat(iam.listServiceSpecificCredentials(r -> r.allUsers(true).serviceName("bedrock.amazonaws.com"))
                .serviceSpecificCredentials()).extracting(ServiceSpecificCredentialMetadata::serviceCredentialAlias)
                .contains(key.serviceCredentialAlias());
        assertIamError(() -> iam.createServiceSpecificCredential(r -> r.userName("modeler")
                .serviceName("codecommit.amazonaws.com").credentialAgeDays(7)), "InvalidInput", 400);
    }

    @Test
    void theWireShapeListsMembersAndHidesThePassword() throws Exception {
        iam.createUser(r -> r.userName("wired"));
        iam.createServiceSpecificCredential(r -> r.userName("wired").serviceName("codecommit.amazonaws.com"));
        RawIamCall.Reply reply = RawIamCall.post(warden, Map.of("Action", "ListServiceSpecificCredentials",
                "UserName", "wired"));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.raw()).contains("<ServiceSpecificCredentials><member><UserName>wired</UserName>")
                .contains("<ServiceUserName>wired-at-" + IamServerFixture.ACCOUNT + "</ServiceUserName>")
                .contains("<IsTruncated>false</IsTruncated>")
                .doesNotContain("ServicePassword");
    }
}
