package dev.warden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestIdpOidcTokensTest {
  static final Instant NOW = Instant.parse("2026-11-28T10:00:00.900Z");
  static TestIdpKeys keys;

  @BeforeAll
  static void generate() {
    keys = TestIdpKeys.generate(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void theKeyIdIsTheThumbprintAndSurvivesSavingAndLoading(@TempDir Path dir) throws Exception {
    TestIdpOidcTokens tokens = new TestIdpOidcTokens(keys, () -> "j");
    assertThat(tokens.keyId()).isEqualTo(new RSAKey.Builder(keys.publicKey()).build().computeThumbprint().toString());
    keys.saveTo(dir);
    assertThat(new TestIdpOidcTokens(TestIdpKeys.loadFrom(dir), () -> "j").keyId()).isEqualTo(tokens.keyId());
    assertThat(tokens.publicKeys().getKeys()).singleElement().satisfies(k -> {
      assertThat(k.isPrivate()).isFalse();
      assertThat(k.getKeyID()).isEqualTo(tokens.keyId());
    });
  }

  @Test
  void aTokenCarriesTheRegisteredClaimsWhichExtraClaimsCannotReplace() throws Exception {
    TestIdpOidcTokens tokens = new TestIdpOidcTokens(keys, () -> "jti-1");
    String token = tokens.token("https://issuer.test", "repo:a/b", "sts.amazonaws.com",
        Map.of("sub", "root", "env", "prod"), Duration.ofMinutes(10), NOW);
    SignedJWT jwt = SignedJWT.parse(token);
    assertThat(jwt.verify(new RSASSAVerifier(keys.publicKey()))).isTrue();
    assertThat(jwt.getHeader().getKeyID()).isEqualTo(tokens.keyId());
    assertThat(jwt.getHeader().getType().getType()).isEqualTo("JWT");
    var claims = jwt.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo("https://issuer.test");
    assertThat(claims.getSubject()).isEqualTo("repo:a/b");
    assertThat(claims.getAudience()).containsExactly("sts.amazonaws.com");
    assertThat(claims.getIssueTime().toInstant()).isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
    assertThat(claims.getExpirationTime().toInstant()).isEqualTo(Instant.parse("2026-11-28T10:10:00Z"));
    assertThat(claims.getJWTID()).isEqualTo("jti-1");
    assertThat(claims.getStringClaim("env")).isEqualTo("prod");
  }
}
