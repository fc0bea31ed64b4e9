package dev.warden.server.iam;

import static dev.warden.server.iam.IamErrorAssert.assertIamError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.server.testing.TestStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.iam.model.EncodingType;
import software.amazon.awssdk.services.iam.model.SSHPublicKey;
import software.amazon.awssdk.services.iam.model.ServerCertificate;
import software.amazon.awssdk.services.iam.model.ServerCertificateMetadata;
import software.amazon.awssdk.services.iam.model.SigningCertificate;
import software.amazon.awssdk.services.iam.model.StatusType;
import software.amazon.awssdk.services.iam.model.SummaryKeyType;

/**
 * SSH public keys, signing certificates and server certificates end to end: the AWS SDK against a
 * real server, over SQLite and (when configured) PostgreSQL. Certificates: src/test/resources/certificates
 * (see core's TestCertificates for how they were made).
 */
@ParameterizedClass
@EnumSource(TestStore.class)
class IamKeysAndCertificatesSdkTest extends IamSdkTest {

    @Parameter
    TestStore store;

    static String resource(String file) {
        try (InputStream in = IamKeysAndCertificatesSdkTest.class.getResourceAsStream("/certificates/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String rsaPublicKeyPem(int bits) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    @Test
    void sshPublicKeys() throws Exception {
        iam.createUser(r -> r.userName("git-user"));
        SSHPublicKey uploaded = iam.uploadSSHPublicKey(r -> r.userName("git-user")
                .sshPublicKeyBody(rsaPublicKeyPemUnchecked())).sshPublicKey();

        assertThat(uploaded.sshPublicKeyId()).startsWith("APKA").hasSize(21);
        assertThat(uploaded.fingerprint()).matches("([0-9a-f]{2}:){15}[0-9a-f]{2}");
        assertThat(uploaded.sshPublicKeyBody()).startsWith("ssh-rsa ");
        assertThat(uploaded.status()).isEqualTo(StatusType.ACTIVE);
        String id = uploaded.sshPublicKeyId();
        assertThat(iam.getSSHPublicKey(r -> r.userName("git-user").sshPublicKeyId(id).encoding(EncodingType.PEM))
                .sshPublicKey().sshPublicKeyBody()).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(iam.getSSHPublicKey(r -> r.userName("git-user").sshPublicKeyId(id).encoding(EncodingType.SSH))
                .sshPublicKey().sshPublicKeyBody()).isEqualTo(uploaded.sshPublicKeyBody());

        assertIamError(() -> iam.uploadSSHPublicKey(r -> r.userName("git-user")
                .sshPublicKeyBody(uploaded.sshPublicKeyBody())), "DuplicateSSHPublicKey", 400);
        assertIamError(() -> iam.uploadSSHPublicKey(r -> r.userName("git-user").sshPublicKeyBody(
                "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl")),
                "UnrecognizedPublicKeyEncoding", 400);
        String weak = rsaPublicKeyPem(1024);
        assertIamError(() -> iam.uploadSSHPublicKey(r -> r.userName("git-user").sshPublicKeyBody(weak)),
                "InvalidPublicKey", 400);
        assertIamError(() -> iam.deleteUser(r -> r.userName("git-user")), "DeleteConflict", 409);

        iam.updateSSHPublicKey(r -> r.userName("git-user").sshPublicKeyId(id).status(StatusType.INACTIVE));
        assertThat(iam.listSSHPublicKeys(r -> r.userName("git-user")).sshPublicKeys())
                .singleElement().satisfies(k -> assertThat(k.status()).isEqualTo(StatusType.INACTIVE));
        iam.deleteSSHPublicKey(r -> r.userName("git-user").sshPublicKeyId(id));
        assertIamError(() -> iam.getSSHPublicKey(r -> r.userName("git-user").sshPublicKeyId(id)
                .encoding(EncodingType.SSH)), "NoSuchEntity", 404);
        iam.deleteUser(r -> r.userName("git-user"));
    }

    private static String rsaPublicKeyPemUnchecked() {
        try {
            return rsaPublicKeyPem(2048);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void signingCertificatesAndTheCredentialReport() {
        iam.createUser(r -> r.userName("signer"));
        SigningCertificate uploaded = iam.uploadSigningCertificate(r -> r.userName("signer")
                .certificateBody(resource("rsa-a.pem"))).certificate();

        assertThat(uploaded.certificateId()).startsWith("ASCA").hasSize(28);
        assertThat(uploaded.certificateBody()).isEqualTo(resource("rsa-a.pem"));
        assertIamError(() -> iam.uploadSigningCertificate(r -> r.userName("signer")
                .certificateBody(resource("rsa-a.pem"))), "DuplicateCertificate", 409);
        assertIamError(() -> iam.uploadSigningCertificate(r -> r.userName("signer").certificateBody("garbage")),
                "MalformedCertificate", 400);
        iam.uploadSigningCertificate(r -> r.userName("signer").certificateBody(resource("rsa-b.pem")));
        assertIamError(() -> iam.uploadSigningCertificate(r -> r.userName("signer")
                .certificateBody(resource("ec-c.pem"))), "LimitExceeded", 409);

        iam.updateSigningCertificate(r -> r.userName("signer").certificateId(uploaded.certificateId())
                .status(StatusType.INACTIVE));
        assertThat(iam.listSigningCertificates(r -> r.userName("signer")).certificates())
                .extracting(SigningCertificate::status).containsExactlyInAnyOrder(StatusType.INACTIVE, StatusType.ACTIVE);

        while (!iam.generateCredentialReport().stateAsString().equals("COMPLETE")) {
            Thread.onSpinWait();
        }
        String csv = iam.getCredentialReport().content().asUtf8String();
        java.util.List<String> header = java.util.Arrays.asList(csv.lines().findFirst().orElseThrow().split(","));
        String[] row = csv.lines().filter(l -> l.startsWith("signer,")).findFirst().orElseThrow().split(",");
        assertThat(row[header.indexOf("cert_1_active")] + row[header.indexOf("cert_2_active")])
                .isIn("falsetrue", "truefalse");
        assertThat(row[header.indexOf("cert_1_last_rotated")]).isNotEqualTo("N/A");

        assertIamError(() -> iam.deleteUser(r -> r.userName("signer")), "DeleteConflict", 409);
        iam.listSigningCertificates(r -> r.userName("signer")).certificates().forEach(c ->
                iam.deleteSigningCertificate(r -> r.userName("signer").certificateId(c.certificateId())));
        iam.deleteUser(r -> r.userName("signer"));
    }

    @Test
    void serverCertificatesKeepTheirPrivateKeyToThemselves() {
        ServerCertificateMetadata uploaded = iam.uploadServerCertificate(r -> r.serverCertificateName("www")
                .path("/cloudfront/").certificateBody(resource("rsa-a.pem")).privateKey(resource("rsa-a-pkcs1.key"))
                .certificateChain(resource("rsa-b.pem"))).serverCertificateMetadata();

        assertThat(uploaded.serverCertificateId()).startsWith("ASCA").hasSize(21);
        assertThat(uploaded.arn()).isEqualTo("arn:aws:iam::123456789012:server-certificate/cloudfront/www");
        assertThat(uploaded.expiration()).isAfter(Instant.parse("2100-01-01T00:00:00Z"));

        ServerCertificate got = iam.getServerCertificate(r -> r.serverCertificateName("www")).serverCertificate();
        assertThat(got.serverCertificateMetadata().serverCertificateId()).isEqualTo(uploaded.serverCertificateId());
        assertThat(got.certificateBody()).isEqualTo(resource("rsa-a.pem"));
        assertThat(got.certificateChain()).isEqualTo(resource("rsa-b.pem"));

        assertIamError(() -> iam.uploadServerCertificate(r -> r.serverCertificateName("bad")
                .certificateBody(resource("rsa-a.pem")).privateKey(resource("rsa-b.key"))), "KeyPairMismatch", 400);
        assertIamError(() -> iam.uploadServerCertificate(r -> r.serverCertificateName("bad")
                .certificateBody("nope").privateKey(resource("rsa-b.key"))), "MalformedCertificate", 400);
        assertIamError(() -> iam.uploadServerCertificate(r -> r.serverCertificateName("www")
                .certificateBody(resource("ec-c.pem")).privateKey(resource("ec-c.key"))), "EntityAlreadyExists", 409);

        iam.updateServerCertificate(r -> r.serverCertificateName("www").newServerCertificateName("www-old")
                .newPath("/retired/"));
        assertThat(iam.listServerCertificates(r -> r.pathPrefix("/retired/")).serverCertificateMetadataList())
                .extracting(ServerCertificateMetadata::serverCertificateName).containsExactly("www-old");
        assertThat(iam.getAccountSummary().summaryMap().get(SummaryKeyType.SERVER_CERTIFICATES)).isEqualTo(1);
        iam.deleteServerCertificate(r -> r.serverCertificateName("www-old"));
        assertIamError(() -> iam.getServerCertificate(r -> r.serverCertificateName("www-old")), "NoSuchEntity", 404);
    }
}
