package dev.warden.server.principal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.iam.AccessKeyRequests;
import dev.warden.core.iam.CreatedAccessKey;
import dev.warden.core.model.Role;
import dev.warden.core.sts.IssuedSession;
import dev.warden.core.sts.SessionGrant;
import dev.warden.core.sts.SessionPrincipal;
import dev.warden.policy.eval.CallerType;
import dev.warden.server.auth.SigningIdentity;
import dev.warden.server.testing.CoreTestHome;
import dev.warden.server.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoreCredentialStoreTest {

    @TempDir
    Path folder;

    MutableClock clock = new MutableClock();
    CoreTestHome core;
    CoreCredentialStore store;

    @BeforeEach
    void open() {
        core = new CoreTestHome(folder, clock);
        store = core.credentials();
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void anActiveLongTermKeyResolvesToItsUser() {
        CreatedAccessKey key = core.user("alice");
        String userId = key.accessKey().userId();

        SigningIdentity<WardenPrincipal> identity =
                store.resolve(key.accessKey().accessKeyId(), Optional.empty()).orElseThrow();

        assertThat(identity.caller().arn()).isEqualTo("arn:aws:iam::123456789012:user/alice");
        assertThat(identity.caller().userId()).isEqualTo(userId).startsWith("AIDA");
        assertThat(identity.caller().account()).isEqualTo(CoreTestHome.ACCOUNT);
        assertThat(identity.expiration()).isEmpty();
        WardenPrincipal principal = identity.principal();
        assertThat(principal.caller().type()).isEqualTo(CallerType.USER);
        assertThat(principal.caller().uniqueId()).contains(userId);
        assertThat(principal.userName()).contains("alice");
        assertThat(principal.temporary()).isFalse();
    }

    @Test
    void inactiveDeletedUnknownAndMisusedKeysAreNotResolved() {
        CreatedAccessKey key = core.user("bob");
        String keyId = key.accessKey().accessKeyId();

        assertThat(store.resolve(keyId, Optional.of("a-token"))).as("long-term key with a token").isEmpty();
        assertThat(store.resolve("AKIAAAAAAAAAAAAAAAAA", Optional.empty())).as("unknown key").isEmpty();
        assertThat(store.resolve("not-a-key", Optional.empty())).as("malformed key").isEmpty();

        core.iam().accessKeys().updateAccessKey(new AccessKeyRequests.UpdateAccessKey("bob", keyId, "Inactive"));
        assertThat(store.resolve(keyId, Optional.empty())).as("inactive").isEmpty();

        core.iam().accessKeys().updateAccessKey(new AccessKeyRequests.UpdateAccessKey("bob", keyId, "Active"));
        assertThat(store.resolve(keyId, Optional.empty())).as("active again").isPresent();

        core.iam().accessKeys().deleteAccessKey(new AccessKeyRequests.DeleteAccessKey("bob", keyId));
        assertThat(store.resolve(keyId, Optional.empty())).as("deleted").isEmpty();
    }

    @Test
    void aRoleSessionResolvesFromItsTokenAlone() {
        Role role = core.role("reader", CoreTestHome.trustNaming("arn:aws:iam::123456789012:root"), null);
        IssuedSession session = core.home().sessions().issue(SessionGrant.of(CoreTestHome.ACCOUNT,
                new SessionPrincipal.AssumedRole(role.roleId(), role.arn(), "reader", "s1"), Duration.ofMinutes(15)));

        SigningIdentity<WardenPrincipal> identity =
                store.resolve(session.accessKeyId(), Optional.of(session.sessionToken())).orElseThrow();

        assertThat(identity.caller().arn()).isEqualTo("arn:aws:sts::123456789012:assumed-role/reader/s1");
        assertThat(identity.caller().userId()).isEqualTo(role.roleId() + ":s1");
        assertThat(identity.expiration()).contains(session.expiration());
        WardenPrincipal principal = identity.principal();
        assertThat(principal.caller().type()).isEqualTo(CallerType.ROLE_SESSION);
        assertThat(principal.caller().roleArn()).contains(role.arn());
        assertThat(principal.caller().uniqueId()).contains(role.roleId());
        assertThat(principal.userName()).isEmpty();
        assertThat(principal.session()).isPresent();
    }

    @Test
    void aUserSessionResolvesToTheUser() {
        CreatedAccessKey key = core.user("carol");
        IssuedSession session = core.home().sessions().issue(SessionGrant.of(CoreTestHome.ACCOUNT,
                new SessionPrincipal.IamUser(key.accessKey().userId(), "arn:aws:iam::123456789012:user/carol", "carol"),
                Duration.ofHours(12)));

        SigningIdentity<WardenPrincipal> identity =
                store.resolve(session.accessKeyId(), Optional.of(session.sessionToken())).orElseThrow();

        assertThat(identity.caller().arn()).isEqualTo("arn:aws:iam::123456789012:user/carol");
        assertThat(identity.caller().userId()).isEqualTo(key.accessKey().userId());
        assertThat(identity.principal().caller().type()).isEqualTo(CallerType.USER);
        assertThat(identity.principal().userName()).contains("carol");
        assertThat(identity.principal().temporary()).isTrue();
    }

    @Test
    void aTokenOnlyWorksWithItsOwnKeyIdAndUntampered() {
        Role role = core.role("r", CoreTestHome.trustNaming("arn:aws:iam::123456789012:root"), null);
        SessionGrant grant = SessionGrant.of(CoreTestHome.ACCOUNT,
                new SessionPrincipal.AssumedRole(role.roleId(), role.arn(), "r", "s"), Duration.ofMinutes(15));
        IssuedSession one = core.home().sessions().issue(grant);
        IssuedSession two = core.home().sessions().issue(grant);
        String token = one.sessionToken();
        int middle = token.length() / 2;
        String tampered = token.substring(0, middle) + (token.charAt(middle) == 'x' ? 'y' : 'x')
                + token.substring(middle + 1);

        assertThat(store.resolve(one.accessKeyId(), Optional.of(two.sessionToken()))).as("other session's token").isEmpty();
        assertThat(store.resolve(one.accessKeyId(), Optional.of(tampered))).as("tampered").isEmpty();
        assertThat(store.resolve(one.accessKeyId(), Optional.of("garbage"))).as("garbage").isEmpty();
        assertThat(store.resolve(one.accessKeyId(), Optional.empty())).as("temporary key without token").isEmpty();
    }

    @Test
    void anExpiredSessionIsReturnedWithItsExpirationSoTheVerifierAnswersExpiredToken() {
        Role role = core.role("r", CoreTestHome.trustNaming("arn:aws:iam::123456789012:root"), null);
        IssuedSession session = core.home().sessions().issue(SessionGrant.of(CoreTestHome.ACCOUNT,
                new SessionPrincipal.AssumedRole(role.roleId(), role.arn(), "r", "s"), Duration.ofMinutes(15)));
        clock.advance(Duration.ofMinutes(16));

        SigningIdentity<WardenPrincipal> identity =
                store.resolve(session.accessKeyId(), Optional.of(session.sessionToken())).orElseThrow();

        assertThat(identity.expiration()).contains(session.expiration());
        assertThat(identity.expiration().orElseThrow()).isBefore(clock.instant());
    }
}
