package dev.warden.server.sts;

import dev.warden.core.error.IamException;
import dev.warden.core.model.Role;
import dev.warden.core.model.Tag;
import dev.warden.core.sts.IssuedSession;
import dev.warden.core.sts.SessionGrant;
import dev.warden.core.sts.SessionPrincipal;
import dev.warden.core.sts.SessionTokenService;
import dev.warden.core.sts.StsInputRules;
import dev.warden.server.xml.XmlWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The role session of a federated identity (AssumeRoleWithSAML, AssumeRoleWithWebIdentity), issued
 * once the identity is verified and the role's trust policy allowed it: DurationSeconds within the
 * role's MaxSessionDuration, the session tags and source identity the identity asks for checked by
 * AssumeRole's rules, the session policies packed with the tags, and a session that carries
 * {@code aws:FederatedProvider} and the provider's condition keys. The two operations differ only in
 * where these come from and in the members of their answers beside the shared ones written here.
 */
final class FederatedRoleSession {

    /** What the request and the verified identity ask for the session. */
    record Asked(Optional<Integer> durationSeconds, String roleSessionName, Optional<String> policy,
            List<String> policyArns, List<Tag> sessionTags, List<String> transitiveTagKeys,
            Optional<String> sourceIdentity, String providerArn, Map<String, List<String>> conditionKeys) {}

    private final IssuedSession session;
    private final SessionPrincipal.AssumedRole principal;
    private final String accountId;
    private final Optional<Integer> packedPercent;
    private final Optional<String> sourceIdentity;

    private FederatedRoleSession(IssuedSession session, SessionPrincipal.AssumedRole principal, String accountId,
            Optional<Integer> packedPercent, Optional<String> sourceIdentity) {
        this.session = session;
        this.principal = principal;
        this.accountId = accountId;
        this.packedPercent = packedPercent;
        this.sourceIdentity = sourceIdentity;
    }

    /**
     * @param shortened the duration the session may last at most once checked (e.g. until the SAML
     *     assertion's SessionNotOnOrAfter)
     */
    static FederatedRoleSession issue(SessionTokenService sessions,
            Function<String, Optional<String>> managedPolicyDocuments, Role role, Asked asked,
            UnaryOperator<Duration> shortened) {
        Duration duration;
        List<Tag> tags;
        String sourceIdentity;
        try {
            duration = StsInputRules.assumeRoleDuration(asked.durationSeconds().orElse(null),
                    role.maxSessionDuration(), false);
            tags = StsInputRules.sessionTags(asked.sessionTags(), asked.transitiveTagKeys(), List.of());
            sourceIdentity = StsInputRules.sourceIdentity(asked.sourceIdentity().orElse(null));
        } catch (IamException e) {
            throw CoreErrors.toAwsError(e);
        }
        duration = shortened.apply(duration);
        Optional<Integer> packedPercent = SessionPolicyCheck.check(asked.policy(), asked.policyArns(), tags,
                managedPolicyDocuments);

        SessionPrincipal.AssumedRole principal = new SessionPrincipal.AssumedRole(role.roleId(), role.arn(),
                role.roleName(), asked.roleSessionName());
        SessionGrant grant = new SessionGrant(role.accountId(), principal, duration, asked.policy().orElse(null),
                asked.policyArns(), tags, asked.transitiveTagKeys(), sourceIdentity, false, false,
                asked.providerArn(), asked.conditionKeys());
        return new FederatedRoleSession(sessions.issue(grant), principal, role.accountId(), packedPercent,
                Optional.ofNullable(sourceIdentity));
    }

    void writeCredentials(XmlWriter xml) {
        CredentialsXml.write(xml, session);
    }

    void writeAssumedRoleUser(XmlWriter xml) {
        AssumedRoleUserXml.write(xml, principal, accountId);
    }

    void writePackedPolicySize(XmlWriter xml) {
        packedPercent.ifPresent(percent -> xml.element("PackedPolicySize", percent));
    }

    void writeSourceIdentity(XmlWriter xml) {
        sourceIdentity.ifPresent(value -> xml.element("SourceIdentity", value));
    }
}
