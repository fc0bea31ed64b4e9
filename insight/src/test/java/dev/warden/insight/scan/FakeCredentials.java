package dev.warden.insight.scan;

import java.util.Random;

/**
 * Credential-shaped values made at test time from a seeded random, so the repository itself holds no
 * key-shaped strings (and scanning Warden's own tree stays clean) while every run plants the same values.
 */
final class FakeCredentials {
  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  private final Random random;

  FakeCredentials(long seed) {
    random = new Random(seed);
  }

  String keyId(String prefix) {
    while (true) {
      String id = prefix + draw(BASE32, 16);
      if (ExampleCredentials.reason(CredentialKind.ACCESS_KEY_ID, id).isEmpty()) {
        return id;
      }
    }
  }

  String secret() {
    while (true) {
      String secret = draw(BASE64, 40);
      if (ExampleCredentials.reason(CredentialKind.SECRET_ACCESS_KEY, secret).isEmpty()
          && ShannonEntropy.bitsPerChar(secret) >= CredentialDetector.MIN_BARE_SECRET_ENTROPY
          && secret.chars().anyMatch(Character::isDigit)) {
        return secret;
      }
    }
  }

  /** Shaped like an STS session token: long standard base64. */
  String sessionToken() {
    while (true) {
      String token = "IQoJb3JpZ2luX2Vj" + draw(BASE64, 380);
      if (ExampleCredentials.reason(CredentialKind.SESSION_TOKEN, token).isEmpty()) {
        return token;
      }
    }
  }

  private String draw(String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}
