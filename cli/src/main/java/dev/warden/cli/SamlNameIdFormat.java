package dev.warden.cli;

import java.util.Locale;
import java.util.Map;

/**
 * The Format of a SAML NameID from a short name or a full URI. AWS reports persistent and transient
 * subjects as {@code saml:sub_type} "persistent" / "transient" and any other format as its full URI
 * (IAM User Guide, "Configure SAML assertions for the authentication response").
 */
final class SamlNameIdFormat {

  static final Map<String, String> SHORT_NAMES = Map.of(
      "persistent", "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
      "transient", "urn:oasis:names:tc:SAML:2.0:nameid-format:transient",
      "emailaddress", "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
      "unspecified", "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified");

  private SamlNameIdFormat() {}

  /** @throws IllegalArgumentException for a value that is neither a short name nor a URN/URI */
  static String uri(String nameOrUri) {
    String known = SHORT_NAMES.get(nameOrUri.toLowerCase(Locale.ROOT));
    if (known != null) {
      return known;
    }
    if (nameOrUri.startsWith("urn:") || nameOrUri.startsWith("https://") || nameOrUri.startsWith("http://")) {
      return nameOrUri;
    }
    throw new IllegalArgumentException("--subject-format must be persistent, transient, emailAddress, unspecified "
        + "or a format URI, not " + nameOrUri);
  }
}
