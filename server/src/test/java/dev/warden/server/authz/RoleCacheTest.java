package dev.warden.server.authz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.iam.RoleRequests;
import dev.warden.core.model.Role;
import dev.warden.server.testing.CoreTestHome;
import dev.warden.server.testing.MutableClock;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoleCacheTest {

    static final String TRUST = CoreTestHome.trustNaming("arn:aws:iam::123456789012:root");

    @TempDir
    Path folder;

    CoreTestHome core;
    PolicyGeneration generation = new PolicyGeneration();
    RoleCache roles;

    @BeforeEach
    void open() {
        core = new CoreTestHome(folder, new MutableClock());
        roles = new RoleCache(core.iam(), generation);
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void answersAsTheStoreDoesAndReusesTheAnswerWithinAGeneration() {
        Role created = core.role("r", TRUST, null);

        Optional<Role> first = roles.findRoleByArn(created.arn());
        assertThat(first).isEqualTo(core.iam().roles().findRoleByArn(created.arn()));
        assertThat(roles.findRoleByArn(created.arn()).orElseThrow()).isSameAs(first.orElseThrow());
        assertThat(roles.findRoleByArn("arn:aws:iam::123456789012:role/missing")).isEmpty();
        assertThat(roles.size()).isEqualTo(2);
    }

    @Test
    void aChangedRoleIsSeenOnceTheGenerationMovesOn() {
        Role created = core.role("r", TRUST, null);
        assertThat(roles.findRoleByArn(created.arn()).orElseThrow().maxSessionDuration()).isEqualTo(3600);

        core.iam().roles().updateRole(new RoleRequests.UpdateRole("r", null, 7200));
        generation.advance();

        assertThat(roles.findRoleByArn(created.arn()).orElseThrow().maxSessionDuration()).isEqualTo(7200);
    }

    @Test
    void aDeletedAndRecreatedRoleIsANewRole() {
        Role before = core.role("r", TRUST, null);
        assertThat(roles.findRoleByArn(before.arn())).isPresent();

        core.iam().roles().deleteRole("r");
        generation.advance();
        assertThat(roles.findRoleByArn(before.arn())).isEmpty();

        Role after = core.role("r", TRUST, null);
        generation.advance();
        assertThat(roles.findRoleByArn(before.arn()).orElseThrow().roleId()).isEqualTo(after.roleId())
                .isNotEqualTo(before.roleId());
    }

    @Test
    void nothingIsReusedWhileTheChangeFeedIsNotCurrent() {
        AtomicBoolean feedCurrent = new AtomicBoolean(false);
        generation.trustOnlyWhile(feedCurrent::get);
        Role created = core.role("r", TRUST, null);

        Role first = roles.findRoleByArn(created.arn()).orElseThrow();
        assertThat(roles.findRoleByArn(created.arn()).orElseThrow()).isNotSameAs(first);

        feedCurrent.set(true);
        Role cached = roles.findRoleByArn(created.arn()).orElseThrow();
        assertThat(roles.findRoleByArn(created.arn()).orElseThrow()).isSameAs(cached);
    }
}
