package dev.warden.server.authz;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.core.iam.Iam;
import dev.warden.core.model.Role;
import dev.warden.policy.context.RequestContext;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.eval.AuthorizationRequest;
import dev.warden.policy.eval.Authorizer;
import dev.warden.policy.eval.Caller;
import dev.warden.policy.eval.CompiledPolicy;
import dev.warden.policy.eval.Decision;
import dev.warden.policy.eval.DecisionJson;
import dev.warden.policy.eval.PolicySet;
import dev.warden.policy.eval.PolicyType;
import dev.warden.server.AuthorizationDecision;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What AssumeRoleWithWebIdentity and AssumeRoleWithSAML decide alike once the token or response is
 * verified: the role must exist, then its trust policy, alone, must allow each action for the
 * federated caller. Every refusal answers the call's one message, which says nothing about why; the
 * explanation (which the caller has started with the verified identity) records the reason and each
 * decision, for the audit trail.
 */
final class FederatedRoleTrust {

    private final Iam iam;
    private final PolicyDocuments documents;
    private final Authorizer engine;

    FederatedRoleTrust(Iam iam, PolicyDocuments documents, Authorizer engine) {
        this.iam = iam;
        this.documents = documents;
        this.engine = engine;
    }

    /**
     * @param actions decided in order; the first one refused ends the decision
     * @param context the request keys for the role that was found
     */
    AuthorizationDecision decide(String roleArn, Caller caller, List<String> actions,
            Function<Role, RequestContext> context, ObjectNode explanation, String notAuthorized) {
        Optional<Role> role = iam.roles().findRoleByArn(roleArn);
        if (role.isEmpty()) {
            explanation.put("decision", "implicitDeny");
            explanation.put("reason", "no role with this ARN exists in the account");
            explanation.put("resource", roleArn);
            return new AuthorizationDecision.Deny(notAuthorized, explanation);
        }
        CompiledPolicy trust = documents.compileStored(role.get().assumeRolePolicyDocument(), PolicyKind.TRUST,
                role.get().arn(), PolicyType.RESOURCE);
        PolicySet policies = PolicySet.builder().resource(trust).resourcePolicyRequired(true).build();
        RequestContext keys = context.apply(role.get());
        ArrayNode decisions = explanation.putArray("decisions");
        for (String action : actions) {
            Decision decision = engine.authorize(policies, new AuthorizationRequest(caller, action,
                    role.get().arn(), Optional.of(role.get().accountId()), keys));
            decisions.add(DecisionJson.toJson(decision));
            if (!decision.allowed()) {
                return new AuthorizationDecision.Deny(notAuthorized, explanation);
            }
        }
        return new AuthorizationDecision.Allow(explanation);
    }
}
