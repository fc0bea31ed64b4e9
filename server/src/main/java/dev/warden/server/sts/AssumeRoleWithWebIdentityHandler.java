package dev.warden.server.sts;

import dev.warden.core.iam.Iam;
import dev.warden.core.model.Role;
import dev.warden.core.sts.SessionTokenService;
import dev.warden.server.QueryCall;
import dev.warden.server.QueryHandler;
import dev.warden.server.authz.WebIdentityTrust;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.oidc.VerifiedWebIdentity;
import dev.warden.server.oidc.WebIdentitySessionClaims;
import dev.warden.server.oidc.WebIdentityTokenVerifier;
import dev.warden.server.xml.XmlResult;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * STS AssumeRoleWithWebIdentity (iam-semantics.md §6.7), an unsigned call: the token and the role's
 * trust policy were checked by the authorizer ({@link WebIdentityTrust}); this handler reads the
 * verified token again (same verifier, same instant: the request's arrival), checks what depends on
 * the role (MaxSessionDuration) and the session policies, and issues a role session that carries
 * {@code aws:FederatedProvider}, the provider's condition keys and the session tags and source
 * identity the token's {@code https://aws.amazon.com/...} claims ask for. The response names the
 * subject, the provider (its ARN, as AWS answers although the API reference says "the iss field")
 * and the accepted audience, and the source identity when there is one.
 */
public final class AssumeRoleWithWebIdentityHandler<P> implements QueryHandler<P> {

    public static final String ACTION = "AssumeRoleWithWebIdentity";

    private final Iam iam;
    private final SessionTokenService sessions;
    private final WebIdentityTokenVerifier verifier;
    private final Function<String, Optional<String>> managedPolicyDocuments;

    /** @param managedPolicyDocuments the default document of a managed policy ARN, empty if none */
    public AssumeRoleWithWebIdentityHandler(Iam iam, SessionTokenService sessions, WebIdentityTokenVerifier verifier,
            Function<String, Optional<String>> managedPolicyDocuments) {
        this.iam = iam;
        this.sessions = sessions;
        this.verifier = verifier;
        this.managedPolicyDocuments = managedPolicyDocuments;
    }

    @Override
    public XmlResult handle(QueryCall<P> call) {
        AssumeRoleWithWebIdentityRequest request = AssumeRoleWithWebIdentityRequest.parse(call.params());
        VerifiedWebIdentity identity = verifier.verify(request.webIdentityToken(), call.receivedAt());
        Role role = iam.roles().findRoleByArn(request.roleArn())
                .orElseThrow(() -> new AwsError(AwsErrorCode.ACCESS_DENIED, WebIdentityTrust.NOT_AUTHORIZED));
        WebIdentitySessionClaims asked = identity.session();
        FederatedRoleSession session = FederatedRoleSession.issue(sessions, managedPolicyDocuments, role,
                new FederatedRoleSession.Asked(request.durationSeconds(), request.roleSessionName(), request.policy(),
                        request.policyArns(), asked.sessionTags(), asked.transitiveTagKeys(), asked.sourceIdentity(),
                        identity.provider().arn(), identity.conditionKeys()),
                UnaryOperator.identity());
        return xml -> {
            session.writeCredentials(xml);
            xml.element("SubjectFromWebIdentityToken", identity.subject());
            session.writeAssumedRoleUser(xml);
            session.writePackedPolicySize(xml);
            xml.element("Provider", identity.provider().arn());
            xml.element("Audience", identity.audience());
            session.writeSourceIdentity(xml);
        };
    }
}
