package dev.warden.core.iam;

import static dev.warden.core.iam.IamAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.model.AccessKey;
import dev.warden.core.model.AccessKeyStatus;
import dev.warden.core.model.Page;
import dev.warden.core.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessKeyServiceTest {
    @TempDir
    Path dir;

    private IamFixture fx;
    private AccessKeyService keys;

    @BeforeEach
    void setUp() {
        fx = new IamFixture(dir);
        keys = fx.iam.accessKeys();
        fx.iam.users().createUser(UserRequests.CreateUser.named("alice"));
        fx.iam.users().createUser(UserRequests.CreateUser.named("bob"));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void createsActiveAkiaKeyWithFortyCharSecretThatAuthenticates() {
        CreatedAccessKey created = keys.createAccessKey("alice");
        AccessKey key = created.accessKey();
        assertThat(key.accessKeyId()).matches("AKIA[A-Z2-7]{16}");
        assertThat(key.status()).isEqualTo(AccessKeyStatus.Active);
        assertThat(key.userName()).isEqualTo("alice");
        assertThat(created.secretAccessKey().reveal()).matches("[A-Za-z0-9+/]{40}");
        assertThat(created.toString()).doesNotContain(created.secretAccessKey().reveal());

        AccessKeyCredential credential = keys.findCredential(key.accessKeyId()).orElseThrow();
        assertThat(credential.secretAccessKey()).isEqualTo(created.secretAccessKey());
        assertThat(credential.user().userName()).isEqualTo("alice");
        assertThat(keys.findCredential("AKIANOTAREALKEY23456")).isEmpty();
        assertThat(keys.findCredential("not-a-key")).isEmpty();
    }

    @Test
    void atMostTwoKeysPerUser() {
        keys.createAccessKey("alice");
        keys.createAccessKey("alice");
        failsWith(IamErrorCode.LIMIT_EXCEEDED, () -> keys.createAccessKey("alice"))
                .hasMessage("Cannot exceed quota for AccessKeysPerUser: 2");
        keys.createAccessKey("bob");
        assertThat(keys.listAccessKeys("alice", ListOptions.all()).items()).hasSize(2);
    }

    @Test
    void statusUpdatesAndUnknownStatusIsRejected() {
        String id = keys.createAccessKey("alice").accessKey().accessKeyId();
        keys.updateAccessKey(new AccessKeyRequests.UpdateAccessKey("alice", id, "Inactive"));
        assertThat(keys.findCredential(id).orElseThrow().isActive()).isFalse();
        failsWith(IamErrorCode.VALIDATION_ERROR,
                () -> keys.updateAccessKey(new AccessKeyRequests.UpdateAccessKey("alice", id, "inactive")));
        keys.updateAccessKey(new AccessKeyRequests.UpdateAccessKey("alice", id, "Active"));
        assertThat(keys.findCredential(id).orElseThrow().isActive()).isTrue();
    }

    @Test
    void anotherUsersKeyIsNoSuchEntity() {
        String id = keys.createAccessKey("alice").accessKey().accessKeyId();
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> keys.deleteAccessKey(new AccessKeyRequests.DeleteAccessKey("bob", id)))
                .hasMessage("The Access Key with id " + id + " cannot be found.");
        keys.deleteAccessKey(new AccessKeyRequests.DeleteAccessKey("alice", id));
        assertThat(keys.findCredential(id)).isEmpty();
    }

    @Test
    void lastUsedIsRecorded() {
        String id = keys.createAccessKey("alice").accessKey().accessKeyId();
        assertThat(keys.getAccessKeyLastUsed(id).lastUsed()).isNull();
        keys.recordUse(id, "iam", "us-east-1");
        var used = keys.getAccessKeyLastUsed(id);
        assertThat(used.userName()).isEqualTo("alice");
        assertThat(used.lastUsed().date()).isEqualTo(IamFixture.NOW);
        assertThat(used.lastUsed().serviceName()).isEqualTo("iam");
        assertThat(used.lastUsed().region()).isEqualTo("us-east-1");
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> keys.getAccessKeyLastUsed("AKIAAAAAAAAAAAAAAAAA"));
    }

    @Test
    void storedSecretIsBoundToItsKeyId() {
        String a = keys.createAccessKey("alice").accessKey().accessKeyId();
        String b = keys.createAccessKey("bob").accessKey().accessKeyId();
        // Copy alice's ciphertext onto bob's row, as an attacker with database access might.
        fx.store.write(tx -> {
            var stolen = tx.accessKeys().find(a).orElseThrow().encryptedSecret();
            var bobKey = tx.accessKeys().find(b).orElseThrow();
            tx.accessKeys().delete(b);
            tx.accessKeys().insert(new dev.warden.core.store.StoredAccessKey(bobKey.key(), stolen));
            return null;
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> keys.findCredential(b))
                .isInstanceOf(dev.warden.core.secret.SealedBoxException.class);
    }

    @Test
    void listAccessKeysPagesOldestFirstAndLosesNoKey() throws Exception {
        // Key ids are random, so the newer key's id sorts before the older one's about half the time;
        // ten users make a lost key under MaxItems=1 all but certain if paging followed the ids.
        MutableClock clock = new MutableClock(IamFixture.NOW);
        try (IamFixture ticking = new IamFixture(Files.createDirectories(dir.resolve("ticking")), clock)) {
            AccessKeyService service = ticking.iam.accessKeys();
            for (int i = 0; i < 10; i++) {
                String user = "user" + i;
                ticking.iam.users().createUser(UserRequests.CreateUser.named(user));
                String older = service.createAccessKey(user).accessKey().accessKeyId();
                clock.advance(Duration.ofSeconds(1));
                String newer = service.createAccessKey(user).accessKey().accessKeyId();

                List<String> paged = new ArrayList<>();
                Page<AccessKey> page = service.listAccessKeys(user, ListOptions.firstPage(1));
                page.items().forEach(k -> paged.add(k.accessKeyId()));
                while (page.truncated()) {
                    page = service.listAccessKeys(user, new ListOptions(null, page.marker(), 1));
                    page.items().forEach(k -> paged.add(k.accessKeyId()));
                }
                assertThat(paged).as(user).containsExactly(older, newer);
            }
        }
    }
}
