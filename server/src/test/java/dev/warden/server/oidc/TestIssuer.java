package dev.warden.server.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An OpenID Connect issuer for tests: keys generated here (one RSA key, one EC key per curve),
 * a provider registered for its URL, and ID tokens signed with any of its keys.
 */
public final class TestIssuer {

    public static final String ACCOUNT = "123456789012";

    private final String url;
    private final RSAKey rsa;
    private final Map<Curve, ECKey> ec = new LinkedHashMap<>();
    private final List<String> clientIds;

    public TestIssuer(String url, String... clientIds) {
        this.url = url;
        this.clientIds = List.of(clientIds);
        try {
            rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
            for (Curve curve : List.of(Curve.P_256, Curve.P_384, Curve.P_521)) {
                ec.put(curve, new ECKeyGenerator(curve).keyID("ec-" + curve.getName()).generate());
            }
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return url;
    }

    public String host() {
        return url.substring("https://".length());
    }

    public String providerArn() {
        return "arn:aws:iam::" + ACCOUNT + ":oidc-provider/" + host();
    }

    /** The public keys, as the JWKS document the issuer publishes. */
    public JWKSet jwks() {
        List<JWK> keys = new java.util.ArrayList<>();
        keys.add(rsa);
        keys.addAll(ec.values());
        return new JWKSet(keys).toPublicJWKSet();
    }

    public OidcProvider provider() {
        return new OidcProvider(providerArn(), url, clientIds, jwks());
    }

    /** A directory holding this issuer's provider (and the others given). */
    public OidcProviderDirectory directory(TestIssuer... others) {
        Map<String, OidcProvider> byUrl = new LinkedHashMap<>();
        byUrl.put(url, provider());
        for (TestIssuer other : others) {
            byUrl.put(other.url, other.provider());
        }
        return issuer -> Optional.ofNullable(byUrl.get(issuer));
    }

    /** Claims of a typical token: this issuer, the first client id, valid for ten minutes from {@code now}. */
    public JWTClaimsSet.Builder claims(String subject, Instant now) {
        return new JWTClaimsSet.Builder()
                .issuer(url)
                .subject(subject)
                .audience(clientIds.get(0))
                .issueTime(java.util.Date.from(now))
                .notBeforeTime(java.util.Date.from(now))
                .expirationTime(java.util.Date.from(now.plusSeconds(600)));
    }

    public String sign(JWTClaimsSet claims) {
        return sign(claims, JWSAlgorithm.RS256);
    }

    public String sign(JWTClaimsSet claims, JWSAlgorithm algorithm) {
        try {
            JWK key = keyFor(algorithm);
            JWSSigner signer = key instanceof RSAKey r ? new RSASSASigner(r) : new ECDSASigner((ECKey) key);
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).build(), claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token in compact form with {@code payloadJson} as its payload, signed correctly (RS256). */
    public String signRawPayload(String payloadJson) {
        try {
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(rsa.getKeyID()).build();
            Base64URL encodedHeader = header.toBase64URL();
            Base64URL encodedPayload = Base64URL.encode(payloadJson);
            byte[] input = (encodedHeader + "." + encodedPayload).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            Base64URL signature = new RSASSASigner(rsa).sign(header, input);
            return encodedHeader + "." + encodedPayload + "." + signature;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private JWK keyFor(JWSAlgorithm algorithm) {
        if (JWSAlgorithm.Family.RSA.contains(algorithm)) {
            return rsa;
        }
        if (algorithm.equals(JWSAlgorithm.ES256)) {
            return ec.get(Curve.P_256);
        }
        if (algorithm.equals(JWSAlgorithm.ES384)) {
            return ec.get(Curve.P_384);
        }
        return ec.get(Curve.P_521);
    }
}
