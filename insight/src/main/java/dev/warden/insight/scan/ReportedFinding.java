package dev.warden.insight.scan;

/**
 * A finding with what Warden knows about its key id (the secret's paired key id for secrets and
 * tokens; null when a secret has no key id nearby) and whether it may still authenticate.
 */
public record ReportedFinding(Finding finding, KeyStanding standing, boolean live) {
  public Location location() {
    return finding.location();
  }

  public Detection detection() {
    return finding.detection();
  }

  /** The key id this finding is about: itself, or the key id next to a secret. */
  public String keyId() {
    Detection d = finding.detection();
    if (finding.kind() == CredentialKind.ACCESS_KEY_ID) {
      return d.shown();
    }
    return d.session() != null ? d.session().accessKeyId() : d.pairedKeyId();
  }
}
