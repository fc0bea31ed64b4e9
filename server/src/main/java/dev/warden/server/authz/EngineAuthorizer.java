package dev.warden.server.authz;

import dev.warden.core.sts.SessionPrincipal;
import dev.warden.policy.context.RequestContext;
import dev.warden.policy.eval.AuthorizationRequest;
import dev.warden.policy.eval.Authorizer;
import dev.warden.policy.eval.Decision;
import dev.warden.policy.eval.DecisionJson;
import dev.warden.server.AuthorizationDecision;
import dev.warden.server.QueryCall;
import dev.warden.server.RequestAuthorizer;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.principal.WardenPrincipal;
import dev.warden.server.query.QueryService;
import java.util.Optional;

/**
 * Authorizes every IAM and STS call with the policy engine, against the caller's policies (user:
 * inline, managed and group policies and boundary; role session: the role's policies, boundary and
 * the session policies in its token), for the action {@code iam:<Action>} / {@code sts:<Action>} on
 * the resource AWS uses for it ({@link IamRequestTargets}) with the request keys AWS sets
 * ({@link RequestKeys}). A denial answers {@code AccessDenied} with the engine's AWS-worded message;
 * the full decision goes to the audit trail.
 *
 * <p>Exceptions, as in AWS: {@code sts:GetCallerIdentity} and {@code sts:GetSessionToken} need no
 * permission (the latter refuses session credentials); {@code sts:AssumeRole} is decided by the
 * role's trust policy ({@link AssumeRoleTrust}); GetSessionToken credentials without MFA cannot call
 * IAM at all ({@code InvalidClientTokenId}).
 */
public final class EngineAuthorizer implements RequestAuthorizer<WardenPrincipal> {

    private final PrincipalPolicyCache policies;
    private final IamRequestTargets iamTargets;
    private final AssumeRoleTrust assumeRole;
    private final Authorizer engine;

    public EngineAuthorizer(PrincipalPolicyCache policies, IamRequestTargets iamTargets, AssumeRoleTrust assumeRole,
            Authorizer engine) {
        this.policies = policies;
        this.iamTargets = iamTargets;
        this.assumeRole = assumeRole;
        this.engine = engine;
    }

    @Override
    public AuthorizationDecision authorize(QueryCall<WardenPrincipal> call) {
        if (call.caller().isEmpty()) {
            // Unsigned operations (web identity, SAML) prove themselves with their own token.
            return new AuthorizationDecision.Allow("unsigned operation: authorized by the token it carries");
        }
        WardenPrincipal principal = call.requireCaller().principal();
        boolean sts = call.service().equals(QueryService.STS);
        if (sts) {
            switch (call.action()) {
                case "GetCallerIdentity":
                    return new AuthorizationDecision.Allow("sts:GetCallerIdentity needs no permission");
                case "GetSessionToken":
                    if (principal.temporary()) {
                        String message = "Cannot call GetSessionToken with session credentials";
                        return new AuthorizationDecision.Deny(message);
                    }
                    return new AuthorizationDecision.Allow("sts:GetSessionToken needs no permission");
                case "AssumeRole":
                    return assumeRole.authorize(call, policies.get(principal));
                default:
                    break;
            }
        } else if (isUserSessionWithoutMfa(principal)) {
            throw new AwsError(AwsErrorCode.INVALID_CLIENT_TOKEN_ID,
                    "The security token included in the request is invalid");
        }
        CompiledPrincipal compiled = policies.get(principal);
        RequestTarget target = sts ? RequestTarget.any() : iamTargets.resolve(call.action(), call.params(), principal);
        RequestContext.Builder keys = RequestKeys.forCall(call, compiled.principalTags());
        target.keys().forEach(keys::put);
        String action = call.service().signingName() + ":" + call.action();
        Decision decision = engine.authorize(compiled.policySet(),
                new AuthorizationRequest(principal.caller(), action, target.resource(), Optional.empty(), keys.build()));
        String explanation = DecisionJson.toJson(decision).toString();
        return decision.allowed()
                ? new AuthorizationDecision.Allow(explanation)
                : new AuthorizationDecision.Deny(decision.accessDeniedMessage().orElseThrow(), explanation);
    }

    /** GetSessionToken sessions may call IAM only when MFA was used (iam-semantics.md §6.6). */
    private static boolean isUserSessionWithoutMfa(WardenPrincipal principal) {
        return principal.session()
                .filter(claims -> claims.principal() instanceof SessionPrincipal.IamUser)
                .filter(claims -> !claims.mfaAuthenticated())
                .isPresent();
    }
}
