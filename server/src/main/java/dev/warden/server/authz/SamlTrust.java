package dev.warden.server.authz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.core.iam.Iam;
import dev.warden.core.model.Role;
import dev.warden.core.model.Tag;
import dev.warden.policy.context.ContextValue;
import dev.warden.policy.context.RequestContext;
import dev.warden.policy.eval.Authorizer;
import dev.warden.server.AuthorizationDecision;
import dev.warden.server.QueryCall;
import dev.warden.server.saml.SamlConditionKeys;
import dev.warden.server.saml.SamlResponseVerifier;
import dev.warden.server.saml.VerifiedSamlAssertion;
import dev.warden.server.sts.AssumeRoleWithSamlRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Authorizes STS AssumeRoleWithSAML. The call is unsigned: the SAML response is the proof, so it is
 * verified first ({@link SamlResponseVerifier}: signature by the provider's metadata keys, issuer,
 * audience, recipient, validity window). Then the response must grant the requested role through
 * the requested provider (its Role attribute holds the {@code RoleArn,PrincipalArn} pair), and the
 * role's trust policy alone decides: it must allow {@code sts:AssumeRoleWithSAML} to the provider as
 * a {@code Federated} principal, with the {@code saml:*} keys; with session tags also
 * {@code sts:TagSession}, with a source identity also {@code sts:SetSourceIdentity}.
 *
 * <p>Every refusal, including a role that does not exist, answers {@value #NOT_AUTHORIZED}.
 */
public final class SamlTrust {

    public static final String ACTION = "sts:AssumeRoleWithSAML";
    public static final String NOT_AUTHORIZED = "Not authorized to perform sts:AssumeRoleWithSAML";
    /** The member of the explanation JSON that describes the verified SAML response. */
    public static final String EXPLANATION_IDENTITY = "samlIdentity";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SamlResponseVerifier verifier;
    private final FederatedRoleTrust roleTrust;

    public SamlTrust(Iam iam, PolicyDocuments documents, Authorizer engine, SamlResponseVerifier verifier) {
        this.verifier = verifier;
        this.roleTrust = new FederatedRoleTrust(iam, documents, engine);
    }

    public AuthorizationDecision authorize(QueryCall<?> call) {
        AssumeRoleWithSamlRequest request = AssumeRoleWithSamlRequest.parse(call.params());
        VerifiedSamlAssertion identity = verifier.verify(request.samlAssertion(), request.principalArn(),
                call.receivedAt());
        ObjectNode explanation = JSON.createObjectNode();
        explanation.set(EXPLANATION_IDENTITY, describe(identity));
        if (!identity.grants(request.roleArn(), request.principalArn())) {
            explanation.put("decision", "implicitDeny");
            explanation.put("reason", "the SAML Role attribute does not name this role and provider pair");
            return new AuthorizationDecision.Deny(NOT_AUTHORIZED, explanation);
        }
        return roleTrust.decide(request.roleArn(), identity.caller(), actions(identity),
                role -> context(call, identity, role), explanation, NOT_AUTHORIZED);
    }

    static List<String> actions(VerifiedSamlAssertion identity) {
        List<String> actions = new ArrayList<>(List.of(ACTION));
        if (!identity.sessionTags().isEmpty() || !identity.transitiveTagKeys().isEmpty()) {
            actions.add("sts:TagSession");
        }
        if (identity.sourceIdentity().isPresent()) {
            actions.add("sts:SetSourceIdentity");
        }
        return actions;
    }

    private static RequestContext context(QueryCall<?> call, VerifiedSamlAssertion identity, Role role) {
        RequestContext.Builder keys = RequestKeys.forUnsigned(call, identity.caller());
        identity.conditionKeys().forEach((key, values) -> keys.put(key, SamlConditionKeys.toContextValue(key, values)));
        keys.put("aws:FederatedProvider", identity.providerArn());
        keys.put("sts:RoleSessionName", identity.roleSessionName());
        if (!identity.sessionTags().isEmpty()) {
            for (Tag tag : identity.sessionTags()) {
                keys.put("aws:RequestTag/" + tag.key(), tag.value());
            }
            keys.put("aws:TagKeys", ContextValue.strings(identity.sessionTags().stream().map(Tag::key).toList()));
        }
        if (!identity.transitiveTagKeys().isEmpty()) {
            keys.put("sts:TransitiveTagKeys", ContextValue.strings(identity.transitiveTagKeys()));
        }
        identity.sourceIdentity().ifPresent(source -> keys.put("sts:SourceIdentity", source));
        RequestKeys.putRoleTags(keys, role.tags());
        return keys.build();
    }

    private static ObjectNode describe(VerifiedSamlAssertion identity) {
        ObjectNode node = JSON.createObjectNode();
        node.put("provider", identity.providerArn());
        node.put("issuer", identity.issuer());
        node.put("subject", identity.subject());
        node.put("subjectType", identity.subjectType());
        node.put("audience", identity.recipient());
        node.put("nameQualifier", identity.nameQualifier());
        return node;
    }
}
