package dev.warden.server.authz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.core.sts.SessionPrincipal;
import dev.warden.policy.context.ContextValue;
import dev.warden.policy.context.RequestContext;
import dev.warden.policy.eval.AuthorizationRequest;
import dev.warden.policy.eval.Authorizer;
import dev.warden.policy.eval.CallerType;
import dev.warden.policy.eval.Decision;
import dev.warden.policy.eval.EvalDecision;
import dev.warden.policy.eval.DecisionJson;
import dev.warden.server.AuthorizationDecision;
import dev.warden.server.QueryCall;
import dev.warden.server.RequestAuthorizer;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.principal.WardenPrincipal;
import dev.warden.server.query.QueryService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
 * role's trust policy ({@link AssumeRoleTrust}); {@code sts:GetFederationToken} is decided on the
 * federated user's ARN; GetFederationToken sessions may call neither IAM nor STS beyond
 * GetCallerIdentity; {@code sts:GetWebIdentityToken} with its audience, algorithm and duration keys
 * ({@link WebIdentityTokenKeys}); the unsigned {@code sts:AssumeRoleWithWebIdentity}
 * by its token and the role's trust policy ({@link WebIdentityTrust}), the unsigned
 * {@code sts:AssumeRoleWithSAML} by its SAML response and the trust policy ({@link SamlTrust}); GetSessionToken credentials without MFA cannot call
 * IAM at all ({@code InvalidClientTokenId}), and with or without MFA no STS API but AssumeRole and
 * GetCallerIdentity; when the password policy has AllowUsersToChangePassword, IAM users may change
 * their own password without a policy that allows it ({@link SelfServicePasswordGrant}).
 */
public final class EngineAuthorizer implements RequestAuthorizer<WardenPrincipal> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> USER_SESSION_STS_ACTIONS =
            Set.of("AssumeRole", "GetCallerIdentity", "GetSessionToken", "GetFederationToken");

    private final PrincipalPolicyCache policies;
    private final IamRequestTargets iamTargets;
    private final AssumeRoleTrust assumeRole;
    private final WebIdentityTrust webIdentity;
    private final Optional<SamlTrust> saml;
    private final Authorizer engine;
    private final AuthorizationMessages messages;
    private final SelfServicePasswordGrant selfServicePassword;

    public EngineAuthorizer(PrincipalPolicyCache policies, IamRequestTargets iamTargets, AssumeRoleTrust assumeRole,
            WebIdentityTrust webIdentity, Authorizer engine, AuthorizationMessages messages) {
        this(policies, iamTargets, assumeRole, webIdentity, Optional.empty(), engine, messages);
    }

    /** @param saml decides AssumeRoleWithSAML; without it every such call is refused */
    public EngineAuthorizer(PrincipalPolicyCache policies, IamRequestTargets iamTargets, AssumeRoleTrust assumeRole,
            WebIdentityTrust webIdentity, Optional<SamlTrust> saml, Authorizer engine, AuthorizationMessages messages) {
        this.saml = saml;
        this.policies = policies;
        this.iamTargets = iamTargets;
        this.assumeRole = assumeRole;
        this.webIdentity = webIdentity;
        this.engine = engine;
        this.messages = messages;
        this.selfServicePassword = new SelfServicePasswordGrant(iamTargets.passwordPolicy());
    }

    @Override
    public AuthorizationDecision authorize(QueryCall<WardenPrincipal> call) {
        if (call.caller().isEmpty()) {
            // Unsigned operations prove themselves with the token they carry.
            if (call.service().equals(QueryService.STS) && call.action().equals("AssumeRoleWithWebIdentity")) {
                return webIdentity.authorize(call);
            }
            if (call.service().equals(QueryService.STS) && call.action().equals("AssumeRoleWithSAML")) {
                return saml.map(trust -> trust.authorize(call))
                        .orElseGet(() -> new AuthorizationDecision.Deny(SamlTrust.NOT_AUTHORIZED));
            }
            return new AuthorizationDecision.Allow("unsigned operation: authorized by the token it carries");
        }
        WardenPrincipal principal = call.requireCaller().principal();
        boolean sts = call.service().equals(QueryService.STS);
        if (principal.caller().type() == CallerType.FEDERATED_USER) {
            Optional<AuthorizationDecision> refused = federatedUserLimits(call, principal, sts);
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        if (sts && isUserSession(principal) && !USER_SESSION_STS_ACTIONS.contains(call.action())) {
            return userSessionLimit(call, principal);
        }
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
                case "GetFederationToken":
                    return federationToken(call, principal);
                case "GetWebIdentityToken":
                    return webIdentityToken(call, principal);
                default:
                    break;
            }
        } else if (isUserSessionWithoutMfa(principal)) {
            throw new AwsError(AwsErrorCode.INVALID_CLIENT_TOKEN_ID,
                    "The security token included in the request is invalid");
        }
        CompiledPrincipal compiled = policies.get(principal);
        RequestTarget target = sts ? StsRequestTargets.resolve(call.action(), call.params())
                : iamTargets.resolve(call.action(), call.params(), principal);
        RequestContext.Builder keys = RequestKeys.forCall(call, compiled.principalTags());
        target.keys().forEach(keys::put);
        String action = call.service().signingName() + ":" + call.action();
        RequestContext context = keys.build();
        Decision decision = engine.authorize(compiled.policySet(),
                new AuthorizationRequest(principal.caller(), action, target.resource(), Optional.empty(), context));
        ObjectNode explanation = DecisionJson.toJson(decision);
        if (decision.allowed() && !sts) {
            Optional<PassRoleChecks.PassedRole> passed = PassRoleChecks.passedBy(call.action(), call.params(),
                    principal.accountId());
            if (passed.isPresent()) {
                return passRole(call, principal, compiled, passed.get(), explanation);
            }
        }
        if (decision.allowed()) {
            return new AuthorizationDecision.Allow(explanation);
        }
        if (!sts && decision.decision() != EvalDecision.EXPLICIT_DENY
                && selfServicePassword.grants(call.action(), principal)) {
            explanation.put("allowedBy", "account password policy: AllowUsersToChangePassword");
            return new AuthorizationDecision.Allow(explanation);
        }
        explanation.put(AuthorizationMessages.AUDIT_MEMBER, messages.encode(decision, principal, context));
        return new AuthorizationDecision.Deny(decision.accessDeniedMessage().orElseThrow(), explanation);
    }

    /**
     * The second decision of a call that hands a role to a service: {@code iam:PassRole} on the role's
     * real ARN (root path when it does not exist, as for every target). A denial names iam:PassRole and
     * the role, as AWS's does.
     */
    private AuthorizationDecision passRole(QueryCall<WardenPrincipal> call, WardenPrincipal principal,
            CompiledPrincipal compiled, PassRoleChecks.PassedRole passed, ObjectNode callExplanation) {
        RequestContext.Builder keys = RequestKeys.forCall(call, compiled.principalTags());
        passed.keys().forEach(keys::put);
        // The passed role is one of the caller's account's roles, as the ARN below says.
        keys.put("aws:ResourceAccount", principal.accountId());
        RequestContext context = keys.build();
        String roleArn = iamTargets.roleArn(passed.roleName());
        Decision decision = engine.authorize(compiled.policySet(), new AuthorizationRequest(principal.caller(),
                PassRoleChecks.ACTION, roleArn, Optional.empty(), context));
        ArrayNode decisions = JSON.createArrayNode().add(callExplanation).add(DecisionJson.toJson(decision));
        ObjectNode explanation = JSON.createObjectNode().set("decisions", decisions);
        if (decision.allowed()) {
            return new AuthorizationDecision.Allow(explanation);
        }
        explanation.put(AuthorizationMessages.AUDIT_MEMBER, messages.encode(decision, principal, context));
        return new AuthorizationDecision.Deny(decision.accessDeniedMessage().orElseThrow(), explanation);
    }

    /**
     * GetFederationToken sessions may call no IAM API (their token is not valid there:
     * {@code InvalidClientTokenId}) and no STS API but GetCallerIdentity (iam-semantics.md §6.6);
     * GetSessionToken and GetFederationToken answer them as any session credentials.
     */
    private static Optional<AuthorizationDecision> federatedUserLimits(QueryCall<WardenPrincipal> call,
            WardenPrincipal principal, boolean sts) {
        if (!sts) {
            throw new AwsError(AwsErrorCode.INVALID_CLIENT_TOKEN_ID,
                    "The security token included in the request is invalid");
        }
        if (call.action().equals("GetCallerIdentity")) {
            return Optional.empty();
        }
        if (call.action().equals("GetSessionToken") || call.action().equals("GetFederationToken")) {
            // Refused like every session credential, in the operation's own words, before any permission.
            return Optional.empty();
        }
        String action = "sts:" + call.action();
        String message = AccessDeniedMessages.withoutReason(principal.caller().arn(), action, "*");
        return Optional.of(new AuthorizationDecision.Deny(message, JSON.createObjectNode()
                .put("decision", "implicitDeny")
                .put("reason", "federated-user sessions may call no STS API but GetCallerIdentity")
                .put("principal", principal.caller().arn()).put("action", action)
                .put("accessDeniedMessage", message).toString()));
    }

    /**
     * GetFederationToken needs {@code sts:GetFederationToken} on the federated user's ARN
     * ({@code arn:aws:sts::ACCT:federated-user/NAME}), and with tags also {@code sts:TagSession},
     * both with the tags as {@code aws:RequestTag/*} and {@code aws:TagKeys}. Session credentials
     * are refused by the handler, with AWS's message.
     */
    private AuthorizationDecision federationToken(QueryCall<WardenPrincipal> call, WardenPrincipal principal) {
        if (principal.temporary()) {
            return new AuthorizationDecision.Allow("session credentials are refused by the handler");
        }
        CompiledPrincipal compiled = policies.get(principal);
        String name = call.params().optionalString("Name").orElse("");
        String resource = "arn:aws:sts::" + principal.accountId() + ":federated-user/" + name;
        RequestContext.Builder keys = RequestKeys.forCall(call, compiled.principalTags());
        keys.put("aws:ResourceAccount", principal.accountId());
        Map<String, ContextValue> tagKeys = new LinkedHashMap<>();
        RequestKeys.putRequestTags(call.params(), tagKeys);
        tagKeys.forEach(keys::put);
        RequestContext context = keys.build();
        List<String> actions = new ArrayList<>(List.of("sts:GetFederationToken"));
        if (!call.params().structList("Tags").isEmpty()) {
            actions.add("sts:TagSession");
        }
        ArrayNode decisions = JSON.createArrayNode();
        for (String action : actions) {
            Decision decision = engine.authorize(compiled.policySet(),
                    new AuthorizationRequest(principal.caller(), action, resource, Optional.empty(), context));
            decisions.add(DecisionJson.toJson(decision));
            if (!decision.allowed()) {
                return new AuthorizationDecision.Deny(decision.accessDeniedMessage().orElseThrow(),
                        JSON.createObjectNode().set("decisions", decisions));
            }
        }
        return new AuthorizationDecision.Allow(JSON.createObjectNode().set("decisions", decisions));
    }

    /**
     * GetWebIdentityToken needs {@code sts:GetWebIdentityToken} (and with tags
     * {@code sts:TagGetWebIdentityToken}) on {@code *}, with the keys {@link WebIdentityTokenKeys} sets.
     */
    private AuthorizationDecision webIdentityToken(QueryCall<WardenPrincipal> call, WardenPrincipal principal) {
        CompiledPrincipal compiled = policies.get(principal);
        RequestContext.Builder keys = RequestKeys.forCall(call, compiled.principalTags());
        WebIdentityTokenKeys.of(call.params()).forEach(keys::put);
        RequestContext context = keys.build();
        ArrayNode decisions = JSON.createArrayNode();
        for (String action : WebIdentityTokenKeys.actions(call.params())) {
            Decision decision = engine.authorize(compiled.policySet(),
                    new AuthorizationRequest(principal.caller(), action, "*", Optional.empty(), context));
            decisions.add(DecisionJson.toJson(decision));
            if (!decision.allowed()) {
                ObjectNode explanation = JSON.createObjectNode().set("decisions", decisions);
                explanation.put(AuthorizationMessages.AUDIT_MEMBER, messages.encode(decision, principal, context));
                return new AuthorizationDecision.Deny(decision.accessDeniedMessage().orElseThrow(), explanation);
            }
        }
        return new AuthorizationDecision.Allow(JSON.createObjectNode().set("decisions", decisions));
    }

    /**
     * GetSessionToken credentials, with or without MFA, call no STS API but AssumeRole and
     * GetCallerIdentity (IAM User Guide, "Comparing the AWS STS API operations"); GetSessionToken and
     * GetFederationToken answer session credentials with their own messages.
     */
    private static AuthorizationDecision userSessionLimit(QueryCall<WardenPrincipal> call, WardenPrincipal principal) {
        String action = "sts:" + call.action();
        String message = AccessDeniedMessages.withoutReason(principal.caller().arn(), action, "*");
        return new AuthorizationDecision.Deny(message, JSON.createObjectNode()
                .put("decision", "implicitDeny")
                .put("reason", "GetSessionToken sessions may call no STS API but AssumeRole and GetCallerIdentity")
                .put("principal", principal.caller().arn()).put("action", action)
                .put("accessDeniedMessage", message).toString());
    }

    private static boolean isUserSession(WardenPrincipal principal) {
        return principal.session().filter(claims -> claims.principal() instanceof SessionPrincipal.IamUser).isPresent();
    }

    /** GetSessionToken sessions may call IAM only when MFA was used (iam-semantics.md §6.6). */
    private static boolean isUserSessionWithoutMfa(WardenPrincipal principal) {
        return principal.session()
                .filter(claims -> claims.principal() instanceof SessionPrincipal.IamUser)
                .filter(claims -> !claims.mfaAuthenticated())
                .isPresent();
    }
}
