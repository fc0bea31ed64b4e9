package dev.warden.cli;

import java.nio.charset.StandardCharsets;

/** A secret access key held by the CLI for signing; never printed. */
final class SigningSecret {

  private final byte[] utf8;

  SigningSecret(String text) {
    this.utf8 = text.getBytes(StandardCharsets.UTF_8);
  }

  /** {@code "AWS4" + secret}, the first HMAC key of SigV4's key derivation. */
  byte[] signingKeySeed() {
    byte[] prefix = "AWS4".getBytes(StandardCharsets.US_ASCII);
    byte[] seed = new byte[prefix.length + utf8.length];
    System.arraycopy(prefix, 0, seed, 0, prefix.length);
    System.arraycopy(utf8, 0, seed, prefix.length, utf8.length);
    return seed;
  }

  /** Whether {@code text} contains this secret (to keep it out of a child's environment). */
  boolean appearsIn(String text) {
    return text.contains(new String(utf8, StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "SigningSecret[masked]";
  }
}
