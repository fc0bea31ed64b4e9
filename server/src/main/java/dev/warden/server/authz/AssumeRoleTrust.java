package dev.warden.server.authz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.core.iam.Iam;
import dev.warden.core.model.Role;
import dev.warden.core.model.Tag;
import dev.warden.core.sts.SessionClaims;
import dev.warden.policy.context.ContextValue;
import dev.warden.policy.context.RequestContext;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.eval.AuthorizationRequest;
import dev.warden.policy.eval.Authorizer;
import dev.warden.policy.eval.CompiledPolicy;
import dev.warden.policy.eval.Decision;
import dev.warden.policy.eval.DecisionJson;
import dev.warden.policy.eval.PolicySet;
import dev.warden.policy.eval.PolicyType;
import dev.warden.server.AuthorizationDecision;
import dev.warden.server.QueryCall;
import dev.warden.server.principal.WardenPrincipal;
import dev.warden.server.error.AwsError;
import dev.warden.server.sts.AssumeRoleRequest;
import dev.warden.server.sts.MfaCodeCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Authorizes STS AssumeRole (iam-semantics.md §6.1): the role's trust policy is evaluated by the
 * engine as a resource-based policy that must itself allow the caller
 * ({@code resourcePolicyRequired}), together with the caller's own policies. In one account that
 * means: a trust policy naming the caller (user or session ARN) suffices; naming the caller's role
 * keeps the session's boundary and session policy in force; naming the account delegates to the
 * caller's identity policies. Passing tags needs {@code sts:TagSession} and a source identity
 * {@code sts:SetSourceIdentity} (also one inherited from the calling session), each decided the same way.
 *
 * <p>With {@code SerialNumber} and {@code TokenCode} the code is checked first ({@link MfaCodeCheck});
 * when it verifies, the trust policy sees {@code aws:MultiFactorAuthPresent = true} and
 * {@code aws:MultiFactorAuthAge = 0}, so {@code "Bool": {"aws:MultiFactorAuthPresent": "true"}} works.
 *
 * <p>A role that does not exist is denied with the same message as a trust policy that does not
 * allow, so callers cannot probe for role names.
 */
public final class AssumeRoleTrust {

    static final String ASSUME_ROLE = "sts:AssumeRole";
    static final String TAG_SESSION = "sts:TagSession";
    static final String SET_SOURCE_IDENTITY = "sts:SetSourceIdentity";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Function<String, Optional<Role>> rolesByArn;
    private final PolicyDocuments documents;
    private final Authorizer engine;
    private final MfaCodeCheck mfa;

    /** Reads the role from the store on every call. */
    public AssumeRoleTrust(Iam iam, PolicyDocuments documents, Authorizer engine) {
        this(iam, iam.roles()::findRoleByArn, documents, engine);
    }

    /** @param rolesByArn the role with an ARN, e.g. {@link RoleCache#findRoleByArn} */
    public AssumeRoleTrust(Iam iam, Function<String, Optional<Role>> rolesByArn, PolicyDocuments documents,
            Authorizer engine) {
        this.rolesByArn = rolesByArn;
        this.documents = documents;
        this.engine = engine;
        this.mfa = new MfaCodeCheck(iam.mfaDevices());
    }

    public AuthorizationDecision authorize(QueryCall<WardenPrincipal> call, CompiledPrincipal caller) {
        AssumeRoleRequest request = AssumeRoleRequest.parse(call.params());
        WardenPrincipal principal = call.requireCaller().principal();
        String callerArn = principal.caller().arn();
        Optional<Role> role = rolesByArn.apply(request.roleArn());
        if (role.isEmpty()) {
            return unknownRole(callerArn, request.roleArn());
        }
        Optional<String> inheritedSourceIdentity = principal.session().map(SessionClaims::sourceIdentity);
        if (inheritedSourceIdentity.isPresent() && request.sourceIdentity().isPresent()
                && !inheritedSourceIdentity.get().equals(request.sourceIdentity().get())) {
            // A source identity is immutable for the session and every session chained from it.
            String message = AccessDeniedMessages.withoutReason(callerArn, SET_SOURCE_IDENTITY, request.roleArn());
            return new AuthorizationDecision.Deny(message, explanation(message, "the calling session's source "
                    + "identity cannot be changed", callerArn, SET_SOURCE_IDENTITY, request.roleArn()));
        }
        boolean mfaNow;
        try {
            mfaNow = mfa.verified(principal, request.serialNumber(), request.tokenCode());
        } catch (AwsError e) {
            return new AuthorizationDecision.Deny(e.getMessage(), explanation(e.getMessage(),
                    "the MFA serial number and one-time code do not verify", callerArn, ASSUME_ROLE, request.roleArn()));
        }
        CompiledPolicy trust = documents.compileStored(role.get().assumeRolePolicyDocument(), PolicyKind.TRUST,
                role.get().arn(), PolicyType.RESOURCE);
        PolicySet policies = caller.toPolicySetBuilder().resource(trust).resourcePolicyRequired(true).build();
        RequestContext context = context(call, caller, request, role.get(),
                request.sourceIdentity().or(() -> inheritedSourceIdentity), mfaNow);

        List<String> actions = new ArrayList<>(List.of(ASSUME_ROLE));
        if (request.passesTags()) {
            actions.add(TAG_SESSION);
        }
        if (request.sourceIdentity().or(() -> inheritedSourceIdentity).isPresent()) {
            // A source identity persists into chained sessions, and the role at every link must allow
            // setting it, whether or not the request names it again (IAM User Guide, "Monitor and
            // control actions taken with assumed roles").
            actions.add(SET_SOURCE_IDENTITY);
        }
        ArrayNode decisions = JSON.createArrayNode();
        for (String action : actions) {
            Decision decision = engine.authorize(policies, new AuthorizationRequest(principal.caller(), action,
                    role.get().arn(), Optional.of(role.get().accountId()), context));
            decisions.add(DecisionJson.toJson(decision));
            if (!decision.allowed()) {
                boolean trustSaysNo = decision.decidingType().filter(t -> t == PolicyType.RESOURCE).isPresent();
                String message = trustSaysNo
                        ? AccessDeniedMessages.withoutReason(callerArn, action, request.roleArn())
                        : decision.accessDeniedMessage().orElseThrow();
                return new AuthorizationDecision.Deny(message, wrap(decisions));
            }
        }
        return new AuthorizationDecision.Allow(wrap(decisions));
    }

    private RequestContext context(QueryCall<WardenPrincipal> call, CompiledPrincipal caller, AssumeRoleRequest request,
            Role role, Optional<String> sourceIdentity, boolean mfaNow) {
        RequestContext.Builder keys = RequestKeys.forCall(call, caller.principalTags());
        if (mfaNow) {
            keys.put("aws:MultiFactorAuthPresent", RequestKeys.bool(true));
            RequestKeys.putMultiFactorAuthAge(keys, java.time.Duration.ZERO);
        }
        keys.put("sts:RoleSessionName", request.roleSessionName());
        request.externalId().ifPresent(id -> keys.put("sts:ExternalId", id));
        sourceIdentity.ifPresent(id -> keys.put("sts:SourceIdentity", id));
        List<String> tagKeys = new ArrayList<>();
        for (Tag tag : request.tags()) {
            keys.put("aws:RequestTag/" + tag.key(), tag.value());
            tagKeys.add(tag.key());
        }
        if (!tagKeys.isEmpty()) {
            keys.put("aws:TagKeys", ContextValue.strings(tagKeys));
        }
        if (!request.transitiveTagKeys().isEmpty()) {
            keys.put("sts:TransitiveTagKeys", ContextValue.strings(request.transitiveTagKeys()));
        }
        RequestKeys.putRoleTags(keys, role.tags());
        keys.put("aws:ResourceAccount", role.accountId());
        return keys.build();
    }

    private static AuthorizationDecision unknownRole(String callerArn, String roleArn) {
        String message = AccessDeniedMessages.withoutReason(callerArn, ASSUME_ROLE, roleArn);
        return new AuthorizationDecision.Deny(message,
                explanation(message, "no role with this ARN exists in the account", callerArn, ASSUME_ROLE, roleArn));
    }

    private static String explanation(String message, String reason, String callerArn, String action, String resource) {
        ObjectNode node = JSON.createObjectNode();
        node.put("decision", "implicitDeny");
        node.put("reason", reason);
        node.put("principal", callerArn);
        node.put("action", action);
        node.put("resource", resource);
        node.put("accessDeniedMessage", message);
        return node.toString();
    }

    private static ObjectNode wrap(ArrayNode decisions) {
        ObjectNode node = JSON.createObjectNode();
        node.set("decisions", decisions);
        return node;
    }
}
