package dev.warden.core.iam;

import static dev.warden.core.iam.IamAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.model.AccessKeyStatus;
import dev.warden.core.model.SigningCertificate;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SigningCertificateServiceTest {
    @TempDir
    Path dir;

    private IamFixture fx;
    private SigningCertificateService certificates;

    @BeforeEach
    void setUp() {
        fx = new IamFixture(dir);
        certificates = fx.iam.signingCertificates();
        fx.iam.users().createUser(UserRequests.CreateUser.named("alice"));
        fx.iam.users().createUser(UserRequests.CreateUser.named("bob"));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void twoCertificatesPerUserEachOncePerAccount() {
        String a = TestCertificates.read("rsa-a.pem");
        SigningCertificate uploaded = certificates.uploadSigningCertificate("alice", a);

        assertThat(uploaded.certificateId()).matches("ASCA[A-Z2-7]{24}");
        assertThat(uploaded.body()).isEqualTo(a);
        assertThat(uploaded.status()).isEqualTo(AccessKeyStatus.Active);
        failsWith(IamErrorCode.DUPLICATE_CERTIFICATE, () -> certificates.uploadSigningCertificate("bob",
                "\n\n" + a.replace("\n", "\r\n")));
        certificates.uploadSigningCertificate("alice", TestCertificates.read("rsa-b.pem"));
        failsWith(IamErrorCode.LIMIT_EXCEEDED, () -> certificates.uploadSigningCertificate("alice",
                TestCertificates.read("ec-c.pem"))).hasMessage("Cannot exceed quota for CertificatesPerUser: 2");
        failsWith(IamErrorCode.DELETE_CONFLICT, () -> fx.iam.users().deleteUser("alice"))
                .hasMessage("Cannot delete entity, must delete certificates first.");

        certificates.updateSigningCertificate("alice", uploaded.certificateId(), "Inactive");
        assertThat(certificates.listSigningCertificates("alice", ListOptions.all()).items())
                .filteredOn(c -> c.certificateId().equals(uploaded.certificateId()))
                .extracting(SigningCertificate::status).containsExactly(AccessKeyStatus.Inactive);
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> certificates.deleteSigningCertificate("bob",
                uploaded.certificateId()));
        certificates.deleteSigningCertificate("alice", uploaded.certificateId());
        assertThat(certificates.listSigningCertificates("alice", ListOptions.all()).items()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a certificate", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----",
            "-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----"})
    void malformedCertificatesAreRefused(String body) {
        failsWith(IamErrorCode.MALFORMED_CERTIFICATE, () -> certificates.uploadSigningCertificate("alice", body))
                .hasMessage("Unable to parse certificate. Please ensure the certificate is in PEM format.");
    }

    @Test
    void twoCertificatesInOneBodyAreMalformed() {
        String two = TestCertificates.read("rsa-a.pem") + TestCertificates.read("rsa-b.pem");
        failsWith(IamErrorCode.MALFORMED_CERTIFICATE, () -> certificates.uploadSigningCertificate("alice", two));
    }

    @Test
    void onlyTheOwnerFindsACertificateAndOnlyKnownStatusesAreSet() {
        String id = certificates.uploadSigningCertificate("alice", TestCertificates.read("rsa-a.pem")).certificateId();
        String notFound = "The Certificate with id " + id + " cannot be found.";
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> certificates.updateSigningCertificate("bob", id, "Inactive"))
                .hasMessage(notFound);
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> certificates.deleteSigningCertificate("bob", id))
                .hasMessage(notFound);
        failsWith(IamErrorCode.VALIDATION_ERROR, () -> certificates.updateSigningCertificate("alice", id, "Sleeping"))
                .hasMessageContaining("Member must satisfy enum value set: [Active, Inactive, Expired]");
        assertThat(certificates.listSigningCertificates("bob", ListOptions.all()).items()).isEmpty();
        certificates.updateSigningCertificate("alice", id, "Inactive");
        assertThat(certificates.listSigningCertificates("alice", ListOptions.all()).items())
                .extracting(SigningCertificate::status).containsExactly(AccessKeyStatus.Inactive);
    }
}
