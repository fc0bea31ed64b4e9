package dev.warden.server.sts;

import dev.warden.core.error.IamException;
import dev.warden.core.iam.Iam;
import dev.warden.core.model.Role;
import dev.warden.core.sts.IssuedSession;
import dev.warden.core.sts.SessionGrant;
import dev.warden.core.sts.SessionPrincipal;
import dev.warden.core.sts.SessionTokenService;
import dev.warden.core.sts.StsInputRules;
import dev.warden.server.QueryCall;
import dev.warden.server.QueryHandler;
import dev.warden.server.authz.WebIdentityTrust;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.oidc.VerifiedWebIdentity;
import dev.warden.server.oidc.WebIdentityTokenVerifier;
import dev.warden.server.xml.XmlResult;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * STS AssumeRoleWithWebIdentity (iam-semantics.md §6.7), an unsigned call: the token and the role's
 * trust policy were checked by the authorizer ({@link WebIdentityTrust}); this handler reads the
 * verified token again (same verifier, same instant: the request's arrival), checks what depends on
 * the role (MaxSessionDuration) and the session policies, and issues a role session that carries
 * {@code aws:FederatedProvider} and the provider's condition keys. The response names the subject,
 * the provider (its ARN) and the accepted audience.
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
        Duration duration;
        try {
            duration = StsInputRules.assumeRoleDuration(request.durationSeconds().orElse(null),
                    role.maxSessionDuration(), false);
        } catch (IamException e) {
            throw CoreErrors.toAwsError(e);
        }
        Optional<Integer> packedPercent = SessionPolicyCheck.check(request.policy(), request.policyArns(), List.of(),
                managedPolicyDocuments);

        SessionPrincipal.AssumedRole principal = new SessionPrincipal.AssumedRole(role.roleId(), role.arn(),
                role.roleName(), request.roleSessionName());
        SessionGrant grant = new SessionGrant(role.accountId(), principal, duration, request.policy().orElse(null),
                request.policyArns(), List.of(), List.of(), null, false, false, identity.provider().arn(),
                identity.conditionKeys());
        IssuedSession session = sessions.issue(grant);
        String account = role.accountId();
        return xml -> {
            CredentialsXml.write(xml, session);
            xml.element("SubjectFromWebIdentityToken", identity.subject());
            AssumedRoleUserXml.write(xml, principal, account);
            packedPercent.ifPresent(percent -> xml.element("PackedPolicySize", percent));
            xml.element("Provider", identity.provider().arn());
            xml.element("Audience", identity.audience());
        };
    }
}
