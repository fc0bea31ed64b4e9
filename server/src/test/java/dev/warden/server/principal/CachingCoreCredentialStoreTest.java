package dev.warden.server.principal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.iam.AccessKeyRequests;
import dev.warden.core.iam.CreatedAccessKey;
import dev.warden.core.iam.UserRequests;
import dev.warden.server.auth.SigningIdentity;
import dev.warden.server.testing.CoreTestHome;
import dev.warden.server.testing.MutableClock;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The caching variant: reuses a resolved key, yet any key change or IAM generation drops it at once. */
class CachingCoreCredentialStoreTest {

    @TempDir
    Path folder;

    CoreTestHome core;
    AtomicLong generation = new AtomicLong();
    CoreCredentialStore store;

    @BeforeEach
    void open() {
        core = new CoreTestHome(folder, new MutableClock());
        store = CoreCredentialStore.cachingLongTermKeys(core.iam(), core.home().sessions(), generation::get);
    }

    @AfterEach
    void close() {
        core.close();
    }

    private Optional<SigningIdentity<WardenPrincipal>> resolve(String keyId) {
        return store.resolve(keyId, Optional.empty());
    }

    @Test
    void aResolvedKeyIsReusedWhileNothingChanged() {
        String keyId = core.user("ana").accessKey().accessKeyId();
        SigningIdentity<WardenPrincipal> first = resolve(keyId).orElseThrow();
        assertThat(resolve(keyId).orElseThrow()).isSameAs(first);
    }

    @Test
    void aDeactivatedOrDeletedKeyStopsResolvingAtOnce() {
        CreatedAccessKey key = core.user("bob");
        String keyId = key.accessKey().accessKeyId();
        assertThat(resolve(keyId)).isPresent();

        core.iam().accessKeys().updateAccessKey(new AccessKeyRequests.UpdateAccessKey("bob", keyId, "Inactive"));
        assertThat(resolve(keyId)).as("inactive").isEmpty();

        core.iam().accessKeys().updateAccessKey(new AccessKeyRequests.UpdateAccessKey("bob", keyId, "Active"));
        assertThat(resolve(keyId)).as("active again").isPresent();

        core.iam().accessKeys().deleteAccessKey(new AccessKeyRequests.DeleteAccessKey("bob", keyId));
        assertThat(resolve(keyId)).as("deleted").isEmpty();
    }

    @Test
    void aNewIamGenerationRereadsTheOwner() {
        String keyId = core.user("carol").accessKey().accessKeyId();
        assertThat(resolve(keyId).orElseThrow().caller().arn()).endsWith(":user/carol");

        core.iam().users().updateUser(new UserRequests.UpdateUser("carol", "caroline", null));
        generation.incrementAndGet();

        assertThat(resolve(keyId).orElseThrow().caller().arn()).endsWith(":user/caroline");
    }

    @Test
    void unknownKeysAreNotCachedSoANewKeyWorksAtOnce() {
        assertThat(resolve("AKIAAAAAAAAAAAAAAAAA")).isEmpty();
        String keyId = core.user("dan").accessKey().accessKeyId();
        assertThat(resolve(keyId)).isPresent();
    }
}
