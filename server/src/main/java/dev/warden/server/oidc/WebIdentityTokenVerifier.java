package dev.warden.server.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies the OIDC ID token of AssumeRoleWithWebIdentity (iam-semantics.md §6.7), in this order:
 *
 * <ol>
 *   <li>a signed JWT (compact JWS) with RS256/384/512 or ES256/384/512, else {@code InvalidIdentityToken};
 *   <li>{@code iss} is the URL of one of the account's OIDC providers, else {@code InvalidIdentityToken:
 *       No OpenIDConnect provider found in your account for ISS};
 *   <li>the signature verifies with a key of the provider's stored JWKS (the header's {@code kid}
 *       picks it when present), else {@code InvalidIdentityToken} — checked before any other claim is
 *       believed; no suitable key at all (none stored yet, unknown {@code kid}) gets AWS's
 *       "Couldn't retrieve verification key" message;
 *   <li>{@code exp} (required) and {@code nbf}/{@code iat} (optional) are integers (NumericDate),
 *       {@code sub} is present;
 *   <li>{@code exp} is not past and {@code nbf} not ahead, else {@code ExpiredTokenException};
 *   <li>an {@code aud} value, or else {@code azp}, is one of the provider's client ids, else
 *       {@code InvalidIdentityToken: Incorrect token audience};
 *   <li>the session tags and source identity claims, when present, have their documented shape
 *       ({@link WebIdentitySessionClaims}), else {@code InvalidIdentityToken}.
 * </ol>
 *
 * <p>Clocks of identity providers and of Warden disagree a little: {@link #CLOCK_SKEW} (60 seconds)
 * is allowed on both {@code exp} and {@code nbf}. "Now" is the request's arrival time, so one request
 * is judged against one instant however often its token is checked.
 */
public final class WebIdentityTokenVerifier {

    public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);
    static final String MALFORMED = "The web identity token is not a signed JSON Web Token.";
    static final String UNSUPPORTED_ALGORITHM = "The web identity token is signed with an unsupported algorithm; "
            + "supported are RS256, RS384, RS512, ES256, ES384 and ES512.";
    static final String NO_PROVIDER = "No OpenIDConnect provider found in your account for ";
    /** AWS's words when it cannot get a key for the token from the issuer's JWKS. */
    static final String NO_KEY = "Couldn't retrieve verification key from your identity provider,  please reference "
            + "AssumeRoleWithWebIdentity documentation for requirements";
    static final String BAD_SIGNATURE = "The web identity token's signature is invalid.";
    static final String BAD_AUDIENCE = "Incorrect token audience";

    private final OidcProviderDirectory providers;

    public WebIdentityTokenVerifier(OidcProviderDirectory providers) {
        this.providers = providers;
    }

    /** @throws AwsError {@code InvalidIdentityToken} or {@code ExpiredTokenException} */
    public VerifiedWebIdentity verify(String token, Instant now) {
        SignedJWT jwt;
        Map<String, Object> claims;
        try {
            jwt = SignedJWT.parse(token);
            claims = jwt.getPayload().toJSONObject();
        } catch (ParseException | RuntimeException e) {
            throw invalid(MALFORMED);
        }
        if (claims == null) {
            throw invalid(MALFORMED);
        }
        JWSHeader header = jwt.getHeader();
        if (!ALGORITHMS.contains(header.getAlgorithm())) {
            throw invalid(UNSUPPORTED_ALGORITHM);
        }
        if (!(claims.get("iss") instanceof String issuer)) {
            throw invalid("The web identity token has no issuer (iss).");
        }
        OidcProvider provider = providers.findByIssuer(issuer).orElseThrow(() -> invalid(NO_PROVIDER + issuer));
        checkSignature(jwt, provider);

        long expires = numericDate(claims, "exp").orElseThrow(() -> invalid("The web identity token has no expiration (exp)."));
        Optional<Long> notBefore = numericDate(claims, "nbf");
        numericDate(claims, "iat");
        if (!(claims.get("sub") instanceof String subject) || subject.isEmpty()) {
            throw invalid("The web identity token has no subject (sub).");
        }
        long nowSeconds = now.getEpochSecond();
        if (nowSeconds - CLOCK_SKEW.toSeconds() >= expires) {
            throw new AwsError(AwsErrorCode.EXPIRED_TOKEN_EXCEPTION, "Token expired: current date/time " + nowSeconds
                    + " must be before the expiration date/time " + expires);
        }
        if (notBefore.isPresent() && nowSeconds + CLOCK_SKEW.toSeconds() < notBefore.get()) {
            throw new AwsError(AwsErrorCode.EXPIRED_TOKEN_EXCEPTION, "Token not yet valid: current date/time "
                    + nowSeconds + " must not be before the not-before date/time " + notBefore.get());
        }
        String audience = audience(provider, claims);
        return new VerifiedWebIdentity(provider, subject, audience,
                WebIdentityConditionKeys.of(provider, claims, audience), WebIdentitySessionClaims.of(claims));
    }

    private static void checkSignature(SignedJWT jwt, OidcProvider provider) {
        List<JWK> candidates = new JWKSelector(JWKMatcher.forJWSHeader(jwt.getHeader())).select(provider.signingKeys());
        if (candidates.isEmpty()) {
            throw invalid(NO_KEY);
        }
        for (JWK key : candidates) {
            try {
                if (jwt.verify(verifier(key))) {
                    return;
                }
            } catch (JOSEException e) {
                // A key that cannot verify this token (wrong curve, too short) is simply not its key.
            }
        }
        throw invalid(BAD_SIGNATURE);
    }

    private static JWSVerifier verifier(JWK key) throws JOSEException {
        if (key instanceof RSAKey rsa) {
            return new RSASSAVerifier(rsa);
        }
        if (key instanceof ECKey ec) {
            return new ECDSAVerifier(ec);
        }
        throw new JOSEException("unsupported key type " + key.getKeyType());
    }

    /** The accepted audience: the first {@code aud} value among the client ids, else {@code azp}. */
    private static String audience(OidcProvider provider, Map<String, Object> claims) {
        for (String aud : WebIdentityConditionKeys.strings(claims.get("aud"))) {
            if (provider.clientIds().contains(aud)) {
                return aud;
            }
        }
        if (claims.get("azp") instanceof String azp && provider.clientIds().contains(azp)) {
            return azp;
        }
        throw invalid(BAD_AUDIENCE);
    }

    /** A NumericDate claim, which AWS requires to be a whole number of seconds. */
    private static Optional<Long> numericDate(Map<String, Object> claims, String name) {
        Object value = claims.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Long || value instanceof Integer) {
            return Optional.of(((Number) value).longValue());
        }
        throw invalid("The web identity token's " + name + " claim must be an integer (seconds since the epoch).");
    }

    private static AwsError invalid(String message) {
        return new AwsError(AwsErrorCode.INVALID_IDENTITY_TOKEN, message);
    }
}
