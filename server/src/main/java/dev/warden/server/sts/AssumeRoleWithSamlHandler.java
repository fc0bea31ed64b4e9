package dev.warden.server.sts;

import dev.warden.core.iam.Iam;
import dev.warden.core.model.Role;
import dev.warden.core.sts.SessionTokenService;
import dev.warden.server.QueryCall;
import dev.warden.server.QueryHandler;
import dev.warden.server.authz.SamlTrust;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.saml.SamlResponseVerifier;
import dev.warden.server.saml.VerifiedSamlAssertion;
import dev.warden.server.xml.XmlResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * STS AssumeRoleWithSAML, an unsigned call: the SAML response and the role's trust policy were
 * checked by the authorizer ({@link SamlTrust}); this handler verifies the response again (same
 * verifier, same instant: the request's arrival), so no session is issued for an unverified response
 * whatever authorizer is configured, then checks what depends on the role (MaxSessionDuration), the
 * session policies, tags and source identity, and issues a role session named by the assertion's
 * RoleSessionName that carries {@code aws:FederatedProvider} and the {@code saml:*} keys.
 *
 * <p>The session lasts DurationSeconds (default 1 hour, at most the role's MaxSessionDuration) or
 * until the assertion's SessionNotOnOrAfter, whichever is sooner (STS API reference).
 */
public final class AssumeRoleWithSamlHandler<P> implements QueryHandler<P> {

    public static final String ACTION = "AssumeRoleWithSAML";

    private final Iam iam;
    private final SessionTokenService sessions;
    private final SamlResponseVerifier verifier;
    private final Function<String, Optional<String>> managedPolicyDocuments;

    /** @param managedPolicyDocuments the default document of a managed policy ARN, empty if none */
    public AssumeRoleWithSamlHandler(Iam iam, SessionTokenService sessions, SamlResponseVerifier verifier,
            Function<String, Optional<String>> managedPolicyDocuments) {
        this.iam = iam;
        this.sessions = sessions;
        this.verifier = verifier;
        this.managedPolicyDocuments = managedPolicyDocuments;
    }

    @Override
    public XmlResult handle(QueryCall<P> call) {
        AssumeRoleWithSamlRequest request = AssumeRoleWithSamlRequest.parse(call.params());
        VerifiedSamlAssertion identity = verifier.verify(request.samlAssertion(), request.principalArn(),
                call.receivedAt());
        if (!identity.grants(request.roleArn(), request.principalArn())) {
            throw new AwsError(AwsErrorCode.ACCESS_DENIED, SamlTrust.NOT_AUTHORIZED);
        }
        Role role = iam.roles().findRoleByArn(request.roleArn())
                .orElseThrow(() -> new AwsError(AwsErrorCode.ACCESS_DENIED, SamlTrust.NOT_AUTHORIZED));
        FederatedRoleSession session = FederatedRoleSession.issue(sessions, managedPolicyDocuments, role,
                new FederatedRoleSession.Asked(request.durationSeconds(), identity.roleSessionName(), request.policy(),
                        request.policyArns(), identity.sessionTags(), identity.transitiveTagKeys(),
                        identity.sourceIdentity(), identity.providerArn(), identity.conditionKeys()),
                duration -> cappedBySessionEnd(duration, identity.sessionNotOnOrAfter(), call.receivedAt()));
        return xml -> {
            session.writeCredentials(xml);
            session.writeAssumedRoleUser(xml);
            session.writePackedPolicySize(xml);
            xml.element("Subject", identity.subject());
            xml.element("SubjectType", identity.subjectType());
            xml.element("Issuer", identity.issuer());
            xml.element("Audience", identity.recipient());
            xml.element("NameQualifier", identity.nameQualifier());
            session.writeSourceIdentity(xml);
        };
    }

    /** The session may not outlive the IdP's SessionNotOnOrAfter. */
    static Duration cappedBySessionEnd(Duration requested, Optional<Instant> sessionEnd, Instant now) {
        if (sessionEnd.isEmpty()) {
            return requested;
        }
        Duration left = Duration.between(now, sessionEnd.get());
        return left.compareTo(requested) < 0 ? left : requested;
    }
}
