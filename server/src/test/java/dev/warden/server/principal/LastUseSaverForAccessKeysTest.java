package dev.warden.server.principal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.iam.AccessKeyService;
import dev.warden.core.model.AccessKeyLastUsed;
import dev.warden.server.testing.CoreTestHome;
import dev.warden.server.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LastUseSaverForAccessKeysTest {

    @TempDir
    Path folder;

    MutableClock clock = new MutableClock();
    CoreTestHome core;

    @BeforeEach
    void open() {
        core = new CoreTestHome(folder, clock);
    }

    @AfterEach
    void close() {
        core.close();
    }

    /** What a second process (or a restart) would read: the stored row, bypassing this process's notes. */
    private AccessKeyLastUsed stored(String keyId) {
        return core.home().store().read(tx -> tx.accessKeys().find(keyId)).orElseThrow().key().lastUsed();
    }

    @Test
    void aNotedUseIsVisibleAtOnceAndStoredWhenTheSaverCloses() {
        String keyId = core.user("ana").accessKey().accessKeyId();
        AccessKeyService keys = core.iam().accessKeys();
        LastUseSaver saver = LastUseSaver.start("access keys", keys::saveNotedUses, Duration.ofHours(1));

        keys.noteUse(keyId, "sts", "eu-west-1");
        assertThat(keys.getAccessKeyLastUsed(keyId).lastUsed().serviceName()).isEqualTo("sts");
        assertThat(stored(keyId)).as("not written on the request path").isNull();

        saver.close();
        AccessKeyLastUsed saved = stored(keyId);
        assertThat(saved.serviceName()).isEqualTo("sts");
        assertThat(saved.region()).isEqualTo("eu-west-1");
        assertThat(saved.date()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void manyUsesOfOneKeyAreOneWriteOfTheLatest() {
        String keyId = core.user("bo").accessKey().accessKeyId();
        AccessKeyService keys = core.iam().accessKeys();
        keys.noteUse(keyId, "sts", "us-east-1");
        clock.advance(Duration.ofSeconds(5));
        keys.noteUse(keyId, "iam", "us-east-1");

        assertThat(keys.saveNotedUses()).isEqualTo(1);
        assertThat(stored(keyId).serviceName()).isEqualTo("iam");
        assertThat(keys.saveNotedUses()).as("nothing left").isZero();
    }
}
