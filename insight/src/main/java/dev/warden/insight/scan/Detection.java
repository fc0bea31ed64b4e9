package dev.warden.insight.scan;

/**
 * One credential in a text. {@code shown} is the key id in full or the secret already masked; the
 * plaintext secret is never kept. {@code fingerprint} (a truncated SHA-256 of the value) only
 * deduplicates and is never printed. {@code example} is non-null when the value is a documentation
 * example or test fixture, saying why. {@code pairedKeyId} is the key id found next to a secret.
 * {@code session} is non-null for a session token Warden sealed and could open.
 */
public record Detection(int line, int column, CredentialKind kind, String shown, String fingerprint, String example,
    String pairedKeyId, SessionFacts session) {

  public boolean isExample() {
    return example != null;
  }

  Detection withPairedKeyId(String keyId) {
    return new Detection(line, column, kind, shown, fingerprint, example, keyId, session);
  }

  Detection withExample(String reason) {
    return new Detection(line, column, kind, shown, fingerprint, reason, pairedKeyId, session);
  }

  Detection atLine(int newLine) {
    return new Detection(newLine, column, kind, shown, fingerprint, example, pairedKeyId, session);
  }
}
