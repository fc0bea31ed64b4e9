package dev.warden.server.authz;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.policy.context.RequestContext;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.eval.AuthorizationRequest;
import dev.warden.policy.eval.Authorizer;
import dev.warden.policy.eval.Decision;
import dev.warden.policy.eval.DecisionJson;
import dev.warden.policy.eval.PolicySet;
import dev.warden.policy.eval.PolicyType;
import dev.warden.server.AuthorizationDecision;
import dev.warden.server.QueryCall;
import dev.warden.server.principal.WardenPrincipal;
import dev.warden.server.query.QueryParameters;
import dev.warden.server.query.QueryService;
import java.util.Map;
import java.util.Optional;

/**
 * Decides calls to services other than IAM and STS with the same engine, policies and request keys
 * as IAM calls: the caller's identity-based policies, boundary and session policies, plus the
 * resource's own policy when it has one. The resource is in the caller's account (Warden serves one
 * account), so AWS's same-account rule applies: an allow in either the identity-based or the
 * resource-based policy suffices, and an explicit deny in any wins.
 */
public final class ServiceActionAuthorizer {

    private final PrincipalPolicyCache policies;
    private final PolicyDocuments documents;
    private final Authorizer engine;
    private final AuthorizationMessages messages;

    public ServiceActionAuthorizer(PrincipalPolicyCache policies, PolicyDocuments documents, Authorizer engine,
            AuthorizationMessages messages) {
        this.policies = policies;
        this.documents = documents;
        this.engine = engine;
        this.messages = messages;
    }

    public AuthorizationDecision authorize(ServiceAction call) {
        WardenPrincipal principal = call.caller().principal();
        CompiledPrincipal compiled = policies.get(principal);
        PolicySet.Builder set = compiled.toPolicySetBuilder();
        call.resourcePolicy().ifPresent(document -> set.resource(
                documents.compileStored(document, PolicyKind.RESOURCE, call.resourcePolicyId(), PolicyType.RESOURCE)));
        RequestContext.Builder keys = RequestKeys.forCall(asQueryCall(call), compiled.principalTags());
        call.keys().forEach(keys::put);
        RequestContext context = keys.build();
        Decision decision = engine.authorize(set.build(), new AuthorizationRequest(principal.caller(), call.action(),
                call.resource(), Optional.of(principal.accountId()), context));
        ObjectNode explanation = DecisionJson.toJson(decision);
        explanation.putArray("resources").addObject().put("ARN", call.resource());
        if (decision.allowed()) {
            return new AuthorizationDecision.Allow(explanation);
        }
        explanation.put(AuthorizationMessages.AUDIT_MEMBER, messages.encode(decision, principal, context));
        return new AuthorizationDecision.Deny(decision.accessDeniedMessage().orElseThrow(), explanation);
    }

    /** The global request keys are derived from a call's transport details, as for IAM and STS calls. */
    private static QueryCall<WardenPrincipal> asQueryCall(ServiceAction call) {
        String service = call.action().substring(0, Math.max(0, call.action().indexOf(':')));
        return new QueryCall<>("", new QueryService(service, "", ""), call.action(), QueryParameters.of(Map.of()),
                Optional.of(call.caller()), call.receivedAt(), call.sourceIp(), call.userAgent(),
                call.secureTransport());
    }
}
