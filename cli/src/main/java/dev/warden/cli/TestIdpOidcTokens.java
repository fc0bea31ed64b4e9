package dev.warden.cli;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The test IdP as an OpenID Connect issuer: its public key as a JWKS (what an issuer serves at its
 * {@code jwks_uri}, and what {@code warden oidc set-keys} takes), and RS256 ID tokens signed with it.
 * The key id is the key's RFC 7638 thumbprint, so it stays the same for the same key in every run.
 */
final class TestIdpOidcTokens {

  private final RSAKey signingKey;
  private final Supplier<String> ids;

  TestIdpOidcTokens(TestIdpKeys keys, Supplier<String> ids) {
    try {
      RSAKey publicOnly = new RSAKey.Builder(keys.publicKey()).build();
      this.signingKey = new RSAKey.Builder(keys.publicKey()).privateKey(keys.rsaPrivateKey())
          .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
          .keyID(publicOnly.computeThumbprint().toString()).build();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    this.ids = ids;
  }

  String keyId() {
    return signingKey.getKeyID();
  }

  /** The public JWKS (no private parts). */
  JWKSet publicKeys() {
    return new JWKSet(signingKey.toPublicJWK());
  }

  /**
   * A compact RS256 JWT with iss, sub, aud, iat, exp and jti, plus {@code extraClaims}; an extra claim
   * cannot replace one of those six (the command's options set them).
   */
  String token(String issuer, String subject, String audience, Map<String, Object> extraClaims, Duration validFor,
      Instant now) {
    Instant issued = Instant.ofEpochSecond(now.getEpochSecond());
    JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
    extraClaims.forEach(claims::claim);
    claims.issuer(issuer).subject(subject).audience(audience).issueTime(Date.from(issued))
        .expirationTime(Date.from(issued.plus(validFor))).jwtID(ids.get());
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
        .keyID(signingKey.getKeyID()).build(), claims.build());
    try {
      jwt.sign(new RSASSASigner(signingKey));
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign the token: " + e.getMessage(), e);
    }
    return jwt.serialize();
  }
}
