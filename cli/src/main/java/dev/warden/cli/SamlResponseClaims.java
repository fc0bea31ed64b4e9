package dev.warden.cli;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a SAML response of the test IdP says (IAM User Guide, "Configure SAML assertions for the
 * authentication response"): the role and provider pair of the Role attribute, the subject, the
 * RoleSessionName, any other attributes, session tags and source identity, and how long it is valid.
 *
 * @param subjectFormat the NameID Format URI
 * @param attributes further attributes by name, in order (a repeated name has several values)
 * @param tags session tags (PrincipalTag:KEY attributes), in order
 * @param signed which element carries the signature
 */
record SamlResponseClaims(String roleArn, String providerArn, String subject, String subjectFormat, String sessionName,
    Map<String, List<String>> attributes, Map<String, String> tags, List<String> transitiveTagKeys,
    Optional<String> sourceIdentity, Optional<Integer> sessionDurationSeconds, Duration validFor, SignedPart signed) {

  /** The element the IdP signs; AWS accepts a signature on either. */
  enum SignedPart { RESPONSE, ASSERTION }

  SamlResponseClaims {
    attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    tags = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    transitiveTagKeys = List.copyOf(transitiveTagKeys);
    if (validFor.isNegative() || validFor.isZero()) {
      throw new IllegalArgumentException("the validity must be positive");
    }
  }
}
