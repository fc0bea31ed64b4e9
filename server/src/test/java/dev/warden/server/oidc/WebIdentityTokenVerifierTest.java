package dev.warden.server.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.warden.server.error.AwsError;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebIdentityTokenVerifierTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final TestIssuer GITHUB = new TestIssuer("https://token.actions.githubusercontent.com", "sts.amazonaws.com");
    static final TestIssuer OTHER = new TestIssuer("https://idp.example.com/tenant/a", "app-1", "app-2");
    static final String SUBJECT = "repo:org/repo:ref:refs/heads/main";

    final WebIdentityTokenVerifier verifier = new WebIdentityTokenVerifier(GITHUB.directory(OTHER));

    static Date at(long secondsFromNow) {
        return Date.from(NOW.plusSeconds(secondsFromNow));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RS256", "RS384", "RS512", "ES256", "ES384", "ES512"})
    void acceptsEachSupportedAlgorithm(String algorithm) {
        String token = GITHUB.sign(GITHUB.claims(SUBJECT, NOW).build(), JWSAlgorithm.parse(algorithm));

        VerifiedWebIdentity identity = verifier.verify(token, NOW);

        assertThat(identity.provider().arn()).isEqualTo(GITHUB.providerArn());
        assertThat(identity.subject()).isEqualTo(SUBJECT);
        assertThat(identity.audience()).isEqualTo("sts.amazonaws.com");
        assertThat(identity.caller().arn()).isEqualTo(GITHUB.providerArn());
    }

    @Test
    void theClaimsBecomeKeysNamedAfterTheIssuerWithoutTheScheme() {
        String token = OTHER.sign(OTHER.claims("user-123456", NOW).audience(List.of("elsewhere", "app-2"))
                .claim("azp", "app-1").claim("amr", List.of("pwd", "mfa")).claim("email", "a@example.com").build());

        VerifiedWebIdentity identity = verifier.verify(token, NOW);

        assertThat(identity.audience()).isEqualTo("app-2");
        assertThat(identity.conditionKeys()).containsOnly(
                java.util.Map.entry("idp.example.com/tenant/a:aud", List.of("app-2")),
                java.util.Map.entry("idp.example.com/tenant/a:sub", List.of("user-123456")),
                java.util.Map.entry("idp.example.com/tenant/a:azp", List.of("app-1")),
                java.util.Map.entry("idp.example.com/tenant/a:amr", List.of("pwd", "mfa")));
        assertThat(identity.principalId())
                .isEqualTo("arn:aws:iam::123456789012:oidc-provider/idp.example.com/tenant/a:app-2:user-123456");
    }

    @Test
    void theAuthorizedPartyStandsInForAnUnknownAudience() {
        String token = OTHER.sign(OTHER.claims("user-123456", NOW).audience("elsewhere").claim("azp", "app-2").build());

        assertThat(verifier.verify(token, NOW).audience()).isEqualTo("app-2");
    }

    @Test
    void aTokenJustPastItsExpiryIsAcceptedWithinTheClockSkew() {
        String token = GITHUB.sign(GITHUB.claims(SUBJECT, NOW).expirationTime(at(-30)).build());

        assertThat(verifier.verify(token, NOW).subject()).isEqualTo(SUBJECT);
    }

    record Refusal(String name, Function<JWTClaimsSet.Builder, String> token, String code, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Refusal> refusals() {
        TestIssuer impostor = new TestIssuer(GITHUB.url(), "sts.amazonaws.com");
        return Stream.of(
                new Refusal("wrong issuer", c -> GITHUB.sign(c.issuer("https://evil.example.com").build()),
                        "InvalidIdentityToken", "No OpenIDConnect provider found in your account for https://evil.example.com"),
                new Refusal("issuer differing in case", c -> GITHUB.sign(c.issuer("https://TOKEN.actions.githubusercontent.com").build()),
                        "InvalidIdentityToken",
                        "No OpenIDConnect provider found in your account for https://TOKEN.actions.githubusercontent.com"),
                new Refusal("wrong audience", c -> GITHUB.sign(c.audience("someone-else").build()),
                        "InvalidIdentityToken", "Incorrect token audience"),
                new Refusal("no audience", c -> GITHUB.sign(c.audience((String) null).build()),
                        "InvalidIdentityToken", "Incorrect token audience"),
                new Refusal("expired", c -> GITHUB.sign(c.expirationTime(at(-600)).build()), "ExpiredTokenException",
                        "Token expired: current date/time " + NOW.getEpochSecond()
                                + " must be before the expiration date/time " + (NOW.getEpochSecond() - 600)),
                new Refusal("not yet valid", c -> GITHUB.sign(c.notBeforeTime(at(600)).build()), "ExpiredTokenException",
                        "Token not yet valid: current date/time " + NOW.getEpochSecond()
                                + " must not be before the not-before date/time " + (NOW.getEpochSecond() + 600)),
                new Refusal("signed by another key", c -> impostor.sign(c.build()), "InvalidIdentityToken",
                        WebIdentityTokenVerifier.BAD_SIGNATURE),
                new Refusal("signature of another token", c -> {
                    String[] genuine = GITHUB.sign(c.build()).split("\\.");
                    String[] other = GITHUB.sign(c.subject("repo:org/other:ref:refs/heads/main").build()).split("\\.");
                    return other[0] + "." + other[1] + "." + genuine[2];
                }, "InvalidIdentityToken", WebIdentityTokenVerifier.BAD_SIGNATURE),
                new Refusal("no expiry", c -> GITHUB.sign(c.expirationTime(null).build()), "InvalidIdentityToken",
                        "The web identity token has no expiration (exp)."),
                new Refusal("no subject", c -> GITHUB.sign(c.subject(null).build()), "InvalidIdentityToken",
                        "The web identity token has no subject (sub)."),
                new Refusal("not a JWT", c -> "not.a.token", "InvalidIdentityToken", WebIdentityTokenVerifier.MALFORMED),
                new Refusal("unsigned (alg none)", c -> new com.nimbusds.jwt.PlainJWT(c.build()).serialize(),
                        "InvalidIdentityToken", WebIdentityTokenVerifier.MALFORMED),
                new Refusal("fractional expiry", c -> GITHUB.signRawPayload("{\"iss\":\"" + GITHUB.url()
                                + "\",\"sub\":\"x-subject\",\"aud\":\"sts.amazonaws.com\",\"exp\":"
                                + (NOW.getEpochSecond() + 600) + ".5}"),
                        "InvalidIdentityToken",
                        "The web identity token's exp claim must be an integer (seconds since the epoch)."));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void refusesWithAwsErrors(Refusal refusal) {
        String token = refusal.token().apply(GITHUB.claims(SUBJECT, NOW));

        assertThatThrownBy(() -> verifier.verify(token, NOW))
                .isInstanceOfSatisfying(AwsError.class, e -> {
                    assertThat(e.code().code()).isEqualTo(refusal.code());
                    assertThat(e.getMessage()).isEqualTo(refusal.message());
                });
    }

    @Test
    void refusesHmacSignedTokens() throws Exception {
        com.nimbusds.jwt.SignedJWT jwt = new com.nimbusds.jwt.SignedJWT(
                new com.nimbusds.jose.JWSHeader(JWSAlgorithm.HS256), GITHUB.claims(SUBJECT, NOW).build());
        jwt.sign(new com.nimbusds.jose.crypto.MACSigner(new byte[32]));

        assertThatThrownBy(() -> verifier.verify(jwt.serialize(), NOW))
                .isInstanceOfSatisfying(AwsError.class, e -> assertThat(e.getMessage())
                        .isEqualTo(WebIdentityTokenVerifier.UNSUPPORTED_ALGORITHM));
    }

    @Test
    void anAccountWithoutProvidersRefusesEveryToken() {
        String token = GITHUB.sign(GITHUB.claims(SUBJECT, NOW).build());

        assertThatThrownBy(() -> new WebIdentityTokenVerifier(OidcProviderDirectory.none()).verify(token, NOW))
                .hasMessage("No OpenIDConnect provider found in your account for " + GITHUB.url());
    }
}
