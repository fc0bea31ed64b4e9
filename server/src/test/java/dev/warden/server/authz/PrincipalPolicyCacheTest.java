package dev.warden.server.authz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.iam.CreatedAccessKey;
import dev.warden.core.model.Role;
import dev.warden.core.model.Tag;
import dev.warden.server.principal.WardenPrincipal;
import dev.warden.server.testing.CoreTestHome;
import dev.warden.server.testing.MutableClock;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrincipalPolicyCacheTest {

    @TempDir
    Path folder;

    CoreTestHome core;
    PolicyGeneration generation = new PolicyGeneration();
    PrincipalPolicyCache cache;

    @BeforeEach
    void open() {
        core = new CoreTestHome(folder, new MutableClock());
        cache = new PrincipalPolicyCache(new PrincipalPolicyLoader(core.iam(), PolicyDocuments.withEmbeddedCatalog()),
                generation);
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void entriesAreSharedPerUserAndSeparatePerSession() {
        CreatedAccessKey first = core.user("alice", new Tag("team", "blue"));
        CreatedAccessKey second = core.iam().accessKeys().createAccessKey("alice");
        Role role = core.role("r", CoreTestHome.trustNaming("arn:aws:iam::123456789012:root"), null);
        WardenPrincipal one = core.roleSession(role, "s1");
        WardenPrincipal two = core.roleSession(role, "s2");

        CompiledPrincipal viaFirstKey = cache.get(core.principal(first));
        CompiledPrincipal viaSecondKey = cache.get(core.principal(second));
        cache.get(one);
        cache.get(two);

        assertThat(viaSecondKey).isSameAs(viaFirstKey);
        assertThat(viaFirstKey.principalTags()).containsExactly(new Tag("team", "blue"));
        assertThat(cache.size()).isEqualTo(3);
    }

    @Test
    void anAdvancedGenerationReloads() {
        CreatedAccessKey key = core.user("alice");
        WardenPrincipal alice = core.principal(key);
        CompiledPrincipal before = cache.get(alice);
        assertThat(cache.get(alice)).isSameAs(before);
        assertThat(before.identity()).isEmpty();

        core.userPolicy("alice", CoreTestHome.allow("iam:ListUsers"));
        generation.advance();

        CompiledPrincipal after = cache.get(alice);
        assertThat(after).isNotSameAs(before);
        assertThat(after.identity()).hasSize(1);
    }

    @Test
    void roleTagsAreOverlaidBySessionTagsIgnoringCase() {
        assertThat(PrincipalPolicyLoader.overlay(
                java.util.List.of(new Tag("Team", "blue"), new Tag("env", "prod")),
                java.util.List.of(new Tag("team", "red"))))
                .containsExactly(new Tag("team", "red"), new Tag("env", "prod"));
    }
}
