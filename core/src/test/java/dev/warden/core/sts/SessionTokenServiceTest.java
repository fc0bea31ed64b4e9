package dev.warden.core.sts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.model.Tag;
import dev.warden.core.secret.MasterKey;
import dev.warden.core.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionTokenServiceTest {
    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    private static final String ACCOUNT = "123456789012";
    private static final SessionPrincipal ROLE = new SessionPrincipal.AssumedRole("AROAABCDEFGHIJKLMNOPQ",
            "arn:aws:iam::123456789012:role/deployer", "deployer", "ci-run");

    private final SecureRandom random = new SecureRandom();
    private final MasterKey master = MasterKey.generate(random);
    private final MutableClock clock = new MutableClock(START);
    private final SessionTokenService sts = new SessionTokenService(SessionTokenKeys.single(master), random, clock);

    private SessionGrant fullGrant() {
        return new SessionGrant(ACCOUNT, ROLE, Duration.ofHours(1),
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}",
                List.of("arn:aws:iam::123456789012:policy/narrow"), List.of(new Tag("project", "warden"), new Tag("env", "ci")),
                List.of("project"), "alice@example.com", true, false);
    }

    @Test
    void roundTripsEveryClaim() {
        IssuedSession issued = sts.issue(fullGrant());
        assertThat(issued.accessKeyId()).startsWith("ASIA").hasSize(20);
        assertThat(issued.secretAccessKey().length()).isEqualTo(40);
        assertThat(issued.expiration()).isEqualTo(START.plus(Duration.ofHours(1)));

        TokenVerification v = sts.verify(issued.sessionToken());
        assertThat(v).isInstanceOf(TokenVerification.Valid.class);
        SessionClaims c = ((TokenVerification.Valid) v).claims();
        assertThat(c.accessKeyId()).isEqualTo(issued.accessKeyId());
        assertThat(c.secretAccessKey()).isEqualTo(issued.secretAccessKey());
        assertThat(c.principal()).isEqualTo(ROLE);
        assertThat(c.principal().arn(ACCOUNT)).isEqualTo("arn:aws:sts::123456789012:assumed-role/deployer/ci-run");
        assertThat(c.principal().userId()).isEqualTo("AROAABCDEFGHIJKLMNOPQ:ci-run");
        assertThat(c.issuedAt()).isEqualTo(START);
        assertThat(c.sessionPolicy()).isEqualTo(fullGrant().sessionPolicy());
        assertThat(c.sessionPolicyArns()).containsExactly("arn:aws:iam::123456789012:policy/narrow");
        assertThat(c.sessionTags()).containsExactly(new Tag("project", "warden"), new Tag("env", "ci"));
        assertThat(c.transitiveTagKeys()).containsExactly("project");
        assertThat(c.transitiveTags()).containsExactly(new Tag("project", "warden"));
        assertThat(c.sourceIdentity()).isEqualTo("alice@example.com");
        assertThat(c.roleChained()).isTrue();
    }

    @Test
    void userSessionsRoundTrip() {
        SessionPrincipal user = new SessionPrincipal.IamUser("AIDAABCDEFGHIJKLMNOPQ", "arn:aws:iam::123456789012:user/bob", "bob");
        IssuedSession issued = sts.issue(SessionGrant.of(ACCOUNT, user, Duration.ofHours(12)));
        SessionClaims c = ((TokenVerification.Valid) sts.verify(issued.sessionToken())).claims();
        assertThat(c.principal()).isEqualTo(user);
        assertThat(c.sessionPolicy()).isNull();
        assertThat(c.sourceIdentity()).isNull();
    }

    @Test
    void webIdentitySessionsKeepTheProviderAndItsKeys() {
        String provider = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com";
        Map<String, List<String>> keys = new LinkedHashMap<>();
        keys.put("token.actions.githubusercontent.com:sub", List.of("repo:org/repo:ref:refs/heads/main"));
        keys.put("token.actions.githubusercontent.com:amr", List.of("authenticated", "mfa"));
        SessionGrant grant = new SessionGrant(ACCOUNT, ROLE, Duration.ofHours(1), null, List.of(), List.of(),
                List.of(), null, false, false, provider, keys);

        SessionClaims c = ((TokenVerification.Valid) sts.verify(sts.issue(grant).sessionToken())).claims();

        assertThat(c.federatedProvider()).isEqualTo(provider);
        assertThat(c.webIdentityKeys()).containsExactlyEntriesOf(keys);
    }

    @Test
    void sessionsWithoutAProviderHaveNone() {
        SessionClaims c = ((TokenVerification.Valid) sts.verify(sts.issue(fullGrant()).sessionToken())).claims();

        assertThat(c.federatedProvider()).isNull();
        assertThat(c.webIdentityKeys()).isEmpty();
    }

    @Test
    void federatedUserSessionsRoundTrip() {
        SessionPrincipal federated = new SessionPrincipal.FederatedUser(ACCOUNT, "bob-app",
                "AIDAABCDEFGHIJKLMNOPQ", "arn:aws:iam::123456789012:user/bob");
        SessionGrant grant = new SessionGrant(ACCOUNT, federated, Duration.ofHours(12),
                "{\"Version\":\"2012-10-17\",\"Statement\":[]}", List.of(), List.of(), List.of(), null, false, false);

        SessionClaims c = ((TokenVerification.Valid) sts.verify(sts.issue(grant).sessionToken())).claims();

        assertThat(c.principal()).isEqualTo(federated);
        assertThat(c.principal().arn(ACCOUNT)).isEqualTo("arn:aws:sts::123456789012:federated-user/bob-app");
        assertThat(c.principal().userId()).isEqualTo("123456789012:bob-app");
    }

    @Test
    void expiredTokenIsDistinguishable() {
        IssuedSession issued = sts.issue(fullGrant());
        clock.advance(Duration.ofMinutes(59));
        assertThat(sts.verify(issued.sessionToken())).isInstanceOf(TokenVerification.Valid.class);
        clock.advance(Duration.ofMinutes(1));
        TokenVerification v = sts.verify(issued.sessionToken());
        assertThat(v).isInstanceOf(TokenVerification.Expired.class);
        assertThat(((TokenVerification.Expired) v).claims().accessKeyId()).isEqualTo(issued.accessKeyId());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 5, 20, 40, -1})
    void anyFlippedBitIsRejected(int position) {
        byte[] raw = Base64.getUrlDecoder().decode(sts.issue(fullGrant()).sessionToken());
        int index = position < 0 ? raw.length - 1 : position;
        raw[index] ^= 0x01;
        TokenVerification v = sts.verify(Base64.getUrlEncoder().withoutPadding().encodeToString(raw));
        assertThat(v).isInstanceOf(TokenVerification.Rejected.class);
    }

    /** Other spellings of the same bytes: unused low bits set in the last character, or padding. */
    @Test
    void onlyTheIssuedSpellingOfATokenIsAccepted() {
        String token = java.util.stream.Stream.generate(() -> sts.issue(fullGrant()).sessionToken())
                .limit(50).filter(t -> t.length() % 4 != 0).findFirst()
                .orElseThrow(() -> new AssertionError("every token's last character was fully used"));
        assertThat(sts.verify(token)).isInstanceOf(TokenVerification.Valid.class);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        String body = token.substring(0, token.length() - 1);
        int last = alphabet.indexOf(token.charAt(token.length() - 1));
        int unusedBits = switch (token.length() % 4) {
            case 2 -> 4;
            case 3 -> 2;
            default -> 0;
        };
        for (int low = 1; low < (1 << unusedBits); low++) {
            String sameBytes = body + alphabet.charAt(last | low);
            assertThat(Base64.getUrlDecoder().decode(sameBytes)).isEqualTo(Base64.getUrlDecoder().decode(token));
            assertThat(sts.verify(sameBytes)).isEqualTo(new TokenVerification.Rejected(TokenVerification.Reason.MALFORMED));
        }
        if (unusedBits > 0) {
            String padded = token + "=".repeat(unusedBits / 2);
            assertThat(sts.verify(padded)).isEqualTo(new TokenVerification.Rejected(TokenVerification.Reason.MALFORMED));
        }
    }

    @Test
    void tamperedCiphertextIsReportedAsTampered() {
        byte[] raw = Base64.getUrlDecoder().decode(sts.issue(fullGrant()).sessionToken());
        raw[raw.length - 20] ^= 0x40;
        assertThat(sts.verify(Base64.getUrlEncoder().withoutPadding().encodeToString(raw)))
                .isEqualTo(new TokenVerification.Rejected(TokenVerification.Reason.TAMPERED));
    }

    @Test
    void garbageIsMalformed() {
        for (String junk : new String[] {"", "!!!", "AAAA", "x".repeat(SessionTokenCodec.MAX_TOKEN_CHARS + 1)}) {
            assertThat(sts.verify(junk)).isEqualTo(new TokenVerification.Rejected(TokenVerification.Reason.MALFORMED));
        }
        assertThat(sts.verify(null)).isEqualTo(new TokenVerification.Rejected(TokenVerification.Reason.MALFORMED));
    }

    @Test
    void tokenFromAnotherMasterKeyIsRejected() {
        SessionTokenService other = new SessionTokenService(SessionTokenKeys.single(MasterKey.generate(random)), random, clock);
        assertThat(sts.verify(other.issue(fullGrant()).sessionToken()))
                .isEqualTo(new TokenVerification.Rejected(TokenVerification.Reason.TAMPERED));
    }

    @Test
    void rotationKeepsOldTokensValidUntilTheOldKeyIsDropped() {
        String oldToken = sts.issue(fullGrant()).sessionToken();
        SessionTokenService rotated = new SessionTokenService(new SessionTokenKeys(master, "k2", Set.of("k1")), random, clock);
        assertThat(rotated.verify(oldToken)).isInstanceOf(TokenVerification.Valid.class);
        String newToken = rotated.issue(fullGrant()).sessionToken();
        assertThat(sts.verify(newToken)).isEqualTo(new TokenVerification.Rejected(TokenVerification.Reason.UNKNOWN_KEY));
        SessionTokenService dropped = new SessionTokenService(new SessionTokenKeys(master, "k2", Set.of()), random, clock);
        assertThat(dropped.verify(oldToken)).isEqualTo(new TokenVerification.Rejected(TokenVerification.Reason.UNKNOWN_KEY));
    }

    @Test
    void tokenDoesNotRevealSecretOrPolicyInPlaintext() {
        IssuedSession issued = sts.issue(fullGrant());
        String decoded = new String(Base64.getUrlDecoder().decode(issued.sessionToken()), StandardCharsets.ISO_8859_1);
        assertThat(decoded).doesNotContain(issued.secretAccessKey().reveal()).doesNotContain("deployer")
                .doesNotContain("s3:*");
        assertThat(issued.toString()).doesNotContain(issued.secretAccessKey().reveal()).doesNotContain(issued.sessionToken());
    }

    @Test
    void largeSessionPolicyStillFitsTheTokenBound() {
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::" + "b".repeat(1900) + "\"}]}";
        SessionGrant g = fullGrant();
        IssuedSession issued = sts.issue(new SessionGrant(g.accountId(), g.principal(), g.duration(), policy,
                g.sessionPolicyArns(), g.sessionTags(), g.transitiveTagKeys(), g.sourceIdentity(), false, false));
        assertThat(issued.sessionToken().length()).isLessThan(SessionTokenCodec.MAX_TOKEN_CHARS);
        assertThat(((TokenVerification.Valid) sts.verify(issued.sessionToken())).claims().sessionPolicy()).isEqualTo(policy);
    }
}
