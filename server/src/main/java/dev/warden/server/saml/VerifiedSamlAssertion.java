package dev.warden.server.saml;

import dev.warden.core.model.Tag;
import dev.warden.policy.eval.Caller;
import dev.warden.policy.eval.CallerType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A SAML response whose signature, issuer, audience, recipient and validity window were verified,
 * with what AssumeRoleWithSAML takes from it. Tags, transitive keys and the source identity are the
 * assertion's raw values; the STS input rules check them when the session is issued.
 *
 * @param providerArn the IAM SAML provider that vouched for it (the {@code PrincipalArn})
 * @param subjectType {@code persistent}, {@code transient} or the NameID's full Format URI
 * @param recipient the SubjectConfirmationData Recipient (the response's {@code Audience}, {@code saml:aud})
 * @param rolePairs each value of the Role attribute, as {@code [roleArn, providerArn]} in either order
 * @param sessionNotOnOrAfter the AuthnStatement's SessionNotOnOrAfter, which caps the session
 * @param conditionKeys the {@code saml:*} keys the trust policy and the session see
 */
public record VerifiedSamlAssertion(
        String providerArn,
        String issuer,
        String subject,
        String subjectType,
        String recipient,
        String nameQualifier,
        String roleSessionName,
        List<List<String>> rolePairs,
        Optional<Instant> sessionNotOnOrAfter,
        List<Tag> sessionTags,
        List<String> transitiveTagKeys,
        Optional<String> sourceIdentity,
        Map<String, List<String>> conditionKeys) {

    public VerifiedSamlAssertion {
        Objects.requireNonNull(providerArn, "providerArn");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        rolePairs = rolePairs.stream().map(List::copyOf).toList();
        sessionTags = List.copyOf(sessionTags);
        transitiveTagKeys = List.copyOf(transitiveTagKeys);
        conditionKeys = Map.copyOf(conditionKeys);
    }

    /** True when the Role attribute grants this role through this provider. */
    public boolean grants(String roleArn, String principalArn) {
        return rolePairs.stream().anyMatch(pair -> pair.size() == 2
                && (pair.get(0).equals(roleArn) && pair.get(1).equals(principalArn)
                        || pair.get(0).equals(principalArn) && pair.get(1).equals(roleArn)));
    }

    /**
     * The caller a role's trust policy sees: the SAML provider, as a {@code Federated} principal names
     * it. The engine's web-identity caller type is the federated-provider caller (it matches
     * {@code Federated} principals only, and has no account policies).
     */
    public Caller caller() {
        return new Caller(CallerType.WEB_IDENTITY, Optional.empty(), providerArn, Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
