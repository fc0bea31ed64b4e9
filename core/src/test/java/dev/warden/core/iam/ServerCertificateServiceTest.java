package dev.warden.core.iam;

import static dev.warden.core.iam.IamAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.model.ServerCertificate;
import dev.warden.core.model.Tag;
import dev.warden.core.secret.CertificatePrivateKey;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerCertificateServiceTest {
    @TempDir
    Path dir;

    private IamFixture fx;
    private ServerCertificateService certificates;

    @BeforeEach
    void setUp() {
        fx = new IamFixture(dir);
        certificates = fx.iam.serverCertificates();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private ServerCertificate upload(String name, String certificate, String key, String chain) {
        return certificates.uploadServerCertificate(new ServerCertificateRequests.Upload(name, "/web/",
                TestCertificates.read(certificate), TestCertificates.read(key),
                chain == null ? null : TestCertificates.read(chain), List.of()));
    }

    @ParameterizedTest(name = "{1} with {2}")
    @CsvSource({"a, rsa-a.pem, rsa-a.key", "a1, rsa-a.pem, rsa-a-pkcs1.key", "c, ec-c.pem, ec-c.key"})
    void aCertificateWithItsKeyIsStoredWithTheKeySealed(String name, String certificate, String key) {
        ServerCertificate uploaded = upload(name, certificate, key, "rsa-b.pem");

        assertThat(uploaded.certificateId()).matches("ASCA[A-Z2-7]{17}");
        assertThat(uploaded.arn()).isEqualTo("arn:aws:iam::" + IamFixture.ACCOUNT + ":server-certificate/web/" + name);
        assertThat(uploaded.expiration()).isAfter(Instant.parse("2100-01-01T00:00:00Z"));
        assertThat(certificates.getServerCertificate(name).chain()).isEqualTo(TestCertificates.read("rsa-b.pem"));

        String sealed = fx.store.read(tx -> tx.serverCertificates().findByName(IamFixture.ACCOUNT, name))
                .orElseThrow().encryptedPrivateKey();
        String keyBase64 = TestCertificates.read(key).lines().filter(l -> !l.startsWith("-----"))
                .reduce("", String::concat);
        assertThat(sealed).startsWith("v1:").doesNotContain(keyBase64.substring(0, 40));
        CertificatePrivateKey opened = fx.iam.context().secretCipher().decryptPrivateKey(sealed, uploaded.certificateId());
        assertThat(opened.length()).isPositive();
        assertThat(Base64.getEncoder().encodeToString(opened.bytes())).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "key of another certificate, rsa-a.pem, rsa-b.key, KEY_PAIR_MISMATCH",
            "EC key for an RSA certificate, rsa-a.pem, ec-c.key, KEY_PAIR_MISMATCH",
            "certificate as the key, rsa-a.pem, rsa-a.pem, MALFORMED_CERTIFICATE",
            "key as the certificate, rsa-a.key, rsa-a.key, MALFORMED_CERTIFICATE"})
    void mismatchedOrMalformedUploadsAreRefused(String name, String certificate, String key, IamErrorCode code) {
        failsWith(code, () -> upload("x", certificate, key, null));
    }

    @Test
    void namesAreUniqueRenamesKeepTheCertificateAndTwentyAtMost() {
        upload("site", "rsa-a.pem", "rsa-a.key", null);
        failsWith(IamErrorCode.ENTITY_ALREADY_EXISTS, () -> upload("SITE", "rsa-b.pem", "rsa-b.key", null))
                .hasMessage("The Server Certificate with name SITE already exists.");

        certificates.updateServerCertificate(new ServerCertificateRequests.Update("site", "/moved/", "site-2026"));
        ServerCertificate renamed = certificates.getServerCertificate("site-2026");
        assertThat(renamed.path()).isEqualTo("/moved/");
        assertThat(renamed.body()).isEqualTo(TestCertificates.read("rsa-a.pem"));
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> certificates.getServerCertificate("site"));
        assertThat(certificates.listServerCertificates(new ListOptions("/moved/", null, null)).items()).hasSize(1);
        assertThat(certificates.listServerCertificates(new ListOptions("/web/", null, null)).items()).isEmpty();

        for (int i = 1; i < ServerCertificateService.PER_ACCOUNT; i++) {
            upload("n" + i, "rsa-b.pem", "rsa-b.key", null);
        }
        failsWith(IamErrorCode.LIMIT_EXCEEDED, () -> upload("one-more", "rsa-b.pem", "rsa-b.key", null))
                .hasMessage("Cannot exceed quota for ServerCertificatesPerAccount: 20");
        assertThat(fx.iam.accountSummary().getAccountSummary().get("ServerCertificates")).isEqualTo(20);
        certificates.deleteServerCertificate("site-2026");
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> certificates.deleteServerCertificate("site-2026"));
    }

    @Test
    void tagsAreMergedRemovedAndListed() {
        upload("tagged", "rsa-a.pem", "rsa-a.key", null);
        certificates.tagServerCertificate("tagged", List.of(new Tag("team", "blue"), new Tag("env", "prod")));
        certificates.tagServerCertificate("TAGGED", List.of(new Tag("Team", "red"), new Tag("env", "test")));
        // Server certificate tag keys are case sensitive (IAM User Guide, "Tagging IAM resources").
        assertThat(certificates.getServerCertificate("tagged").tags())
                .containsExactly(new Tag("team", "blue"), new Tag("Team", "red"), new Tag("env", "test"));
        certificates.untagServerCertificate("tagged", List.of("TEAM"));
        assertThat(certificates.getServerCertificate("tagged").tags()).hasSize(3);
        certificates.untagServerCertificate("tagged", List.of("team", "Team"));
        assertThat(certificates.listServerCertificateTags("tagged", ListOptions.firstPage(100)).items())
                .containsExactly(new Tag("env", "test"));
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> certificates.tagServerCertificate("none",
                List.of(new Tag("a", "b"))));
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> certificates.untagServerCertificate("none", List.of("a")));
        failsWith(IamErrorCode.VALIDATION_ERROR, () -> certificates.untagServerCertificate("tagged", null));
    }
}
