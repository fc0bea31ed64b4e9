package dev.warden.insight.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties over generated values: planted credentials are found and masked; context-free noise is quiet. */
class CredentialDetectorPropertiesTest {
  static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  @Provide
  Arbitrary<String> keyIds() {
    return Arbitraries.strings().withChars(BASE32.toCharArray()).ofLength(16).map(s -> "AKIA" + s)
        .filter(id -> ExampleCredentials.reason(CredentialKind.ACCESS_KEY_ID, id).isEmpty());
  }

  @Provide
  Arbitrary<String> secrets() {
    return Arbitraries.strings().withChars(BASE64.toCharArray()).ofLength(40)
        .filter(s -> ExampleCredentials.reason(CredentialKind.SECRET_ACCESS_KEY, s).isEmpty())
        .filter(s -> s.chars().anyMatch(Character::isUpperCase) && s.chars().anyMatch(Character::isLowerCase));
  }

  @Provide
  Arbitrary<String> assignments() {
    return Arbitraries.of("aws_secret_access_key = %s", "AWS_SECRET_ACCESS_KEY=\"%s\"", "secretAccessKey: '%s',",
        "\"SecretAccessKey\": \"%s\"", "<aws.secretKey>%s</aws.secretKey>", "export AWS_SECRET=%s");
  }

  @Property(tries = 300)
  void aSecretAssignedToASecretNameIsFoundAndMasked(@ForAll("assignments") String assignment,
      @ForAll("secrets") String secret, @ForAll @IntRange(min = 0, max = 5) int blankLinesBefore) {
    String text = "\n".repeat(blankLinesBefore) + String.format(assignment, secret) + "\n";
    List<Detection> found = new CredentialDetector().detect(text);
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(CredentialKind.SECRET_ACCESS_KEY);
      assertThat(d.line()).isEqualTo(blankLinesBefore + 1);
      assertThat(d.shown()).isEqualTo(secret.substring(0, 4) + "****");
      assertThat(d.toString()).doesNotContain(secret);
    });
  }

  @Property(tries = 300)
  void aKeyIdIsFoundWhereverItStandsAlone(@ForAll("keyIds") String keyId,
      @ForAll("separators") String before, @ForAll("separators") String after) {
    List<Detection> found = new CredentialDetector().detect("x" + before + keyId + after + "y");
    assertThat(found).extracting(Detection::shown).containsExactly(keyId);
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(" ", "\"", "'", "=", ":", "\n", "(", ")", ",", "/", "\t", "`", "_");
  }

  @Property(tries = 300)
  void base64NoiseWithoutContextIsQuiet(@ForAll("noise") String noise) {
    byte[] bytes = noise.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(new CredentialDetector().detect(noise, CredentialDetector.signals(bytes, bytes.length))).isEmpty();
  }

  @Provide
  Arbitrary<String> noise() {
    Arbitrary<String> blob = Arbitraries.strings().withChars(BASE64.toCharArray()).ofMinLength(20).ofMaxLength(400);
    Arbitrary<String> hex = Arbitraries.strings().withChars("0123456789abcdef".toCharArray()).ofLength(40);
    Arbitrary<String> words = Arbitraries.of("value", "data", "hash", "id", "blob", "checksum", "etag");
    return Arbitraries.oneOf(blob, hex, words).list().ofMinSize(1).ofMaxSize(30)
        .map(parts -> String.join(" ", parts));
  }
}
