package dev.warden.core.iam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.iam.AccountAuthorizationDetails.Query;
import dev.warden.core.iam.AccountAuthorizationDetails.RoleDetail;
import dev.warden.core.model.Role;
import dev.warden.core.model.RoleLastUsed;
import dev.warden.core.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoleUseServiceTest {
    private static final String TRUST = IamFixture.trust("arn:aws:iam::123456789012:root");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(IamFixture.NOW);
    private IamFixture fx;
    private RoleUseService uses;
    private Role worker;
    private Role idle;

    @BeforeEach
    void setUp() {
        fx = new IamFixture(dir, clock);
        uses = fx.iam.roleUses();
        worker = fx.iam.roles().createRole(RoleRequests.CreateRole.of("worker", TRUST));
        idle = fx.iam.roles().createRole(RoleRequests.CreateRole.of("idle", TRUST));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void aNotedUseIsSeenAtOnceAndSavedLatestPerRole() {
        record Step(String action, String region, boolean save, RoleLastUsed expected, int savedNow) {
        }
        RoleLastUsed first = new RoleLastUsed(IamFixture.NOW.plusSeconds(1), "eu-west-1");
        RoleLastUsed second = new RoleLastUsed(IamFixture.NOW.plusSeconds(3), "us-west-2");
        List<Step> steps = List.of(
                new Step("note", "eu-west-1", false, first, 0),
                new Step("save", null, true, first, 1),
                new Step("note", "us-west-2", false, second, 0),
                new Step("save", null, true, second, 1),
                new Step("save again", null, true, second, 0));
        for (Step step : steps) {
            clock.advance(Duration.ofSeconds(1));
            int saved = 0;
            if (step.save()) {
                saved = uses.saveNotedUses();
            } else {
                uses.noteUse(worker.roleId(), step.region());
            }
            assertThat(saved).as(step.action()).isEqualTo(step.savedNow());
            assertThat(uses.lastUsed(worker.roleId())).as(step.action()).contains(step.expected());
            assertThat(uses.lastUsed(idle.roleId())).as(step.action()).isEmpty();
        }
        // What the store holds, as another process reading the same database sees it.
        Map<String, RoleLastUsed> stored = fx.store.read(tx -> tx.roles().lastUsed(List.of(worker.roleId(), idle.roleId())));
        assertThat(stored).isEqualTo(Map.of(worker.roleId(), second));
    }

    @Test
    void recordUseStoresAtOnce() {
        uses.recordUse(worker.roleId(), "ap-south-1");
        Map<String, RoleLastUsed> stored = fx.store.read(tx -> tx.roles().lastUsed(List.of(worker.roleId())));
        assertThat(stored).isEqualTo(Map.of(worker.roleId(), new RoleLastUsed(IamFixture.NOW, "ap-south-1")));
    }

    @Test
    void aUseNotedForARoleDeletedBeforeTheSaveIsDropped() {
        uses.noteUse(worker.roleId(), "eu-west-1");
        fx.iam.roles().deleteRole("worker");
        assertThat(uses.saveNotedUses()).isEqualTo(1);
        assertThat(uses.saveNotedUses()).as("nothing left to retry").isZero();
        assertThat(uses.lastUsed(worker.roleId())).isEmpty();
    }

    @Test
    void authorizationDetailsReportEachRolesLastUseAndNoneForARoleNeverUsed() {
        uses.recordUse(idle.roleId(), "eu-west-1");
        clock.advance(Duration.ofMinutes(1));
        uses.noteUse(worker.roleId(), "us-east-2");
        Map<String, Optional<RoleLastUsed>> byName = details().stream()
                .collect(Collectors.toMap(d -> d.role().roleName(), RoleDetail::lastUsed));
        assertThat(byName).isEqualTo(Map.of(
                "worker", Optional.of(new RoleLastUsed(IamFixture.NOW.plus(Duration.ofMinutes(1)), "us-east-2")),
                "idle", Optional.of(new RoleLastUsed(IamFixture.NOW, "eu-west-1"))));

        fx.iam.roles().createRole(RoleRequests.CreateRole.of("fresh", TRUST));
        assertThat(details().stream().collect(Collectors.toMap(d -> d.role().roleName(), Function.identity()))
                .get("fresh").lastUsed()).isEmpty();
    }

    private List<RoleDetail> details() {
        return fx.iam.authorizationDetails().getAccountAuthorizationDetails(new Query(Set.of(), null, 1000)).roles();
    }
}
