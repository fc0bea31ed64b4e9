package dev.warden.core.iam;

import static dev.warden.core.iam.IamAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.model.AccessKeyStatus;
import dev.warden.core.model.Page;
import dev.warden.core.model.SshPublicKey;
import dev.warden.core.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SshPublicKeyServiceTest {
    @TempDir
    Path dir;

    private IamFixture fx;
    private SshPublicKeyService ssh;

    @BeforeEach
    void setUp() {
        fx = new IamFixture(dir);
        ssh = fx.iam.sshPublicKeys();
        fx.iam.users().createUser(UserRequests.CreateUser.named("alice"));
        fx.iam.users().createUser(UserRequests.CreateUser.named("bob"));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    static PublicKey rsa(int bits) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return generator.generateKeyPair().getPublic();
    }

    static String pem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    @Test
    void aPemKeyIsKeptInSshFormAndReturnedInEither() throws Exception {
        PublicKey key = rsa(2048);
        SshPublicKey uploaded = ssh.uploadSshPublicKey("alice", pem(key));

        assertThat(uploaded.keyId()).matches("APKA[A-Z2-7]{17}");
        assertThat(uploaded.status()).isEqualTo(AccessKeyStatus.Active);
        assertThat(uploaded.body()).startsWith("ssh-rsa AAAAB3NzaC1yc2E");
        assertThat(uploaded.fingerprint()).matches("([0-9a-f]{2}:){15}[0-9a-f]{2}");

        SshPublicKey asPem = ssh.getSshPublicKey("alice", uploaded.keyId(), SshPublicKeyService.Encoding.PEM);
        String base64 = asPem.body().replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        assertThat(Base64.getDecoder().decode(base64)).isEqualTo(key.getEncoded());

        SshPublicKey again = ssh.uploadSshPublicKey("bob", uploaded.body() + " bob@laptop");
        assertThat(again.fingerprint()).as("same key, same fingerprint").isEqualTo(uploaded.fingerprint());
        failsWith(IamErrorCode.DUPLICATE_SSH_PUBLIC_KEY, () -> ssh.uploadSshPublicKey("alice", uploaded.body()));
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> ssh.getSshPublicKey("bob", uploaded.keyId(),
                SshPublicKeyService.Encoding.SSH));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ed25519 key | ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl a@b | UNRECOGNIZED_PUBLIC_KEY_ENCODING",
            "not a key | hello world | UNRECOGNIZED_PUBLIC_KEY_ENCODING",
            "ssh-rsa with a broken blob | ssh-rsa AAAAB3NzaC1yc2E= | INVALID_PUBLIC_KEY",
            "ssh-rsa that is not base64 | ssh-rsa !!!! | UNRECOGNIZED_PUBLIC_KEY_ENCODING",
            "PEM that is not a key | -----BEGIN PUBLIC KEY-----\\nAAAA\\n-----END PUBLIC KEY----- | UNRECOGNIZED_PUBLIC_KEY_ENCODING"})
    void badKeysAreRefusedWithAwsCodes(String name, String body, IamErrorCode code) {
        failsWith(code, () -> ssh.uploadSshPublicKey("alice", body.replace("\\n", "\n")));
    }

    @Test
    void shortRsaKeysAreInvalid() throws Exception {
        failsWith(IamErrorCode.INVALID_PUBLIC_KEY, () -> ssh.uploadSshPublicKey("alice", pem(rsa(1024))));
    }

    @Test
    void fiveKeysPerUserThenStatusAndDeletion() throws Exception {
        String first = null;
        for (int i = 0; i < SshPublicKeyService.PER_USER; i++) {
            String id = ssh.uploadSshPublicKey("alice", pem(rsa(2048))).keyId();
            first = first == null ? id : first;
        }
        String sixth = pem(rsa(2048));
        failsWith(IamErrorCode.LIMIT_EXCEEDED, () -> ssh.uploadSshPublicKey("alice", sixth))
                .hasMessage("Cannot exceed quota for PublicKeysPerUser: 5");
        failsWith(IamErrorCode.DELETE_CONFLICT, () -> fx.iam.users().deleteUser("alice"))
                .hasMessage("Cannot delete entity, must remove referenced objects first.");

        String id = first;
        ssh.updateSshPublicKey("alice", id, "Inactive");
        assertThat(ssh.getSshPublicKey("alice", id, SshPublicKeyService.Encoding.SSH).status())
                .isEqualTo(AccessKeyStatus.Inactive);
        failsWith(IamErrorCode.VALIDATION_ERROR, () -> ssh.updateSshPublicKey("alice", id, "Sleeping"));
        ssh.deleteSshPublicKey("alice", id);
        assertThat(ssh.listSshPublicKeys("alice", ListOptions.all()).items()).hasSize(4);
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> ssh.deleteSshPublicKey("alice", id));
    }

    @Test
    void onlyTheOwnerFindsAKeyAndOnlyKnownStatusesAreSet() throws Exception {
        String id = ssh.uploadSshPublicKey("alice", pem(rsa(2048))).keyId();
        String notFound = "The Public Key with id " + id + " cannot be found.";
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> ssh.updateSshPublicKey("bob", id, "Inactive")).hasMessage(notFound);
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> ssh.deleteSshPublicKey("bob", id)).hasMessage(notFound);
        failsWith(IamErrorCode.VALIDATION_ERROR, () -> ssh.updateSshPublicKey("alice", id, "Sleeping"))
                .hasMessageContaining("Member must satisfy enum value set: [Active, Inactive, Expired]");
        assertThat(ssh.listSshPublicKeys("bob", ListOptions.all()).items()).isEmpty();
        assertThat(ssh.listSshPublicKeys("alice", ListOptions.all()).items())
                .extracting(SshPublicKey::keyId).containsExactly(id);
    }

    @Test
    void listingPagesOldestFirstAndLosesNoKey() throws Exception {
        // Key ids are random, so paging by id order would lose keys uploaded later with smaller ids.
        MutableClock clock = new MutableClock(IamFixture.NOW);
        try (IamFixture ticking = new IamFixture(Files.createDirectories(dir.resolve("ticking")), clock)) {
            SshPublicKeyService service = ticking.iam.sshPublicKeys();
            ticking.iam.users().createUser(UserRequests.CreateUser.named("carol"));
            List<String> uploaded = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                uploaded.add(service.uploadSshPublicKey("carol", pem(rsa(2048))).keyId());
                clock.advance(Duration.ofSeconds(1));
            }
            assertThat(service.listSshPublicKeys("carol", ListOptions.all()).items()).extracting(SshPublicKey::keyId)
                    .containsExactlyElementsOf(uploaded);
            List<String> paged = new ArrayList<>();
            Page<SshPublicKey> page = service.listSshPublicKeys("carol", ListOptions.firstPage(1));
            page.items().forEach(k -> paged.add(k.keyId()));
            while (page.truncated()) {
                page = service.listSshPublicKeys("carol", new ListOptions(null, page.marker(), 1));
                page.items().forEach(k -> paged.add(k.keyId()));
            }
            assertThat(paged).containsExactlyElementsOf(uploaded);
        }
    }
}
