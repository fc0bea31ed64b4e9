package dev.warden.server.principal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.core.iam.RoleUseService;
import dev.warden.core.model.RoleLastUsed;
import dev.warden.server.testing.CoreTestHome;
import dev.warden.server.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LastUseSaverForRolesTest {

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
    private RoleLastUsed stored(String roleId) {
        Map<String, RoleLastUsed> uses = core.home().store().read(tx -> tx.roles().lastUsed(List.of(roleId)));
        return uses.get(roleId);
    }

    private String roleId(String name) {
        return core.role(name, CoreTestHome.trustNaming("arn:aws:iam::" + CoreTestHome.ACCOUNT + ":root"),
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}")
                .roleId();
    }

    @Test
    void aNotedUseIsVisibleAtOnceAndStoredWhenTheSaverCloses() {
        String roleId = roleId("worker");
        RoleUseService uses = core.iam().roleUses();
        LastUseSaver saver = LastUseSaver.start("roles", uses::saveNotedUses, Duration.ofHours(1));

        uses.noteUse(roleId, "eu-west-1");
        assertThat(uses.lastUsed(roleId)).map(RoleLastUsed::region).contains("eu-west-1");
        assertThat(stored(roleId)).as("not written on the request path").isNull();

        saver.close();
        assertThat(stored(roleId)).isEqualTo(new RoleLastUsed(clock.instant().truncatedTo(ChronoUnit.MILLIS), "eu-west-1"));
    }

    @Test
    void aNonPositiveIntervalIsRefused() {
        for (Duration interval : List.of(Duration.ZERO, Duration.ofSeconds(-1))) {
            assertThatThrownBy(() -> LastUseSaver.start("roles", core.iam().roleUses()::saveNotedUses, interval))
                    .as("%s", interval).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
