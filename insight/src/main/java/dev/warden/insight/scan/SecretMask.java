package dev.warden.insight.scan;

/** How a secret or token is shown anywhere: its first four characters, then {@code ****}. */
public final class SecretMask {
  private static final int SHOWN = 4;

  private SecretMask() {}

  public static String mask(CharSequence secret) {
    int shown = Math.min(SHOWN, secret.length() / 4);
    return secret.subSequence(0, shown) + "****";
  }
}
