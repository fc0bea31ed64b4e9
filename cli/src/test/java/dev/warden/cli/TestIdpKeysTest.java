package dev.warden.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TestIdpKeysTest {
  static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
  static TestIdpKeys keys;

  @TempDir Path dir;

  @BeforeAll
  static void generate() {
    keys = TestIdpKeys.generate(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void aSelfSignedRsa2048CertificateValidForAYear() throws Exception {
    assertThat(keys.publicKey().getModulus().bitLength()).isEqualTo(2048);
    assertThat(keys.certificate().getSigAlgName()).isEqualTo("SHA256withRSA");
    assertThat(keys.certificate().getSubjectX500Principal()).isEqualTo(keys.certificate().getIssuerX500Principal());
    assertThat(keys.certificate().getSubjectX500Principal().getName()).contains("not for production");
    assertThat(keys.certificate().getNotBefore().toInstant()).isEqualTo(NOW);
    assertThat(keys.certificate().getNotAfter().toInstant()).isEqualTo(NOW.plusSeconds(365L * 24 * 3600));
    keys.certificate().verify(keys.publicKey());
    keys.certificate().checkValidity(java.util.Date.from(NOW.plusSeconds(3600)));
  }

  @Test
  void savedFilesLoadBackAndTheKeyIsOwnerOnly() throws Exception {
    keys.saveTo(dir);
    TestIdpKeys loaded = TestIdpKeys.loadFrom(dir);
    assertThat(loaded.certificate()).isEqualTo(keys.certificate());
    assertThat(loaded.privateKey().getEncoded()).isEqualTo(keys.privateKey().getEncoded());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(TestIdpKeys.PRIVATE_KEY_FILE))))
        .isEqualTo("rw-------");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(TestIdpKeys.PRIVATE_KEY_FILE, TestIdpKeys.CERTIFICATE_FILE);
    }
  }

  @Test
  void toStringHidesThePrivateKey() {
    String encoded = Base64.getEncoder().encodeToString(keys.privateKey().getEncoded());
    assertThat(keys.toString()).contains("private key hidden").doesNotContain(encoded.substring(40, 80));
  }

  static Stream<Arguments> damaged() {
    return Stream.of(
        Arguments.of("no files", null, null, "no test IdP in"),
        Arguments.of("key file without PEM", "hello", null, "holds no PEM PRIVATE KEY"),
        Arguments.of("key is not PKCS#8", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n", null, "damaged"),
        Arguments.of("certificate is not X.509", null, "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
            "damaged"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damaged")
  void damagedFilesAreRefusedWithoutShowingThem(String what, String keyText, String certificateText, String message)
      throws Exception {
    if (keyText != null || certificateText != null) {
      keys.saveTo(dir);
    }
    if (keyText != null) {
      Files.writeString(dir.resolve(TestIdpKeys.PRIVATE_KEY_FILE), keyText);
    }
    if (certificateText != null) {
      Files.writeString(dir.resolve(TestIdpKeys.CERTIFICATE_FILE), certificateText);
    }
    assertThatThrownBy(() -> TestIdpKeys.loadFrom(dir)).isInstanceOf(IOException.class)
        .hasMessageContaining(message).hasMessageNotContaining("AAAA");
  }
}
