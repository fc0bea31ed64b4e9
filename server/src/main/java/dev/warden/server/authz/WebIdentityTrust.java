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
import dev.warden.server.oidc.VerifiedWebIdentity;
import dev.warden.server.oidc.WebIdentityConditionKeys;
import dev.warden.server.oidc.WebIdentitySessionClaims;
import dev.warden.server.oidc.WebIdentityTokenVerifier;
import dev.warden.server.sts.AssumeRoleWithWebIdentityRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Authorizes STS AssumeRoleWithWebIdentity (iam-semantics.md §6.7). The call is unsigned: the web
 * identity token is the proof, so it is verified first ({@link WebIdentityTokenVerifier}; a bad
 * token fails the call with {@code InvalidIdentityToken} or {@code ExpiredTokenException}). Then the
 * role's trust policy alone decides: it must allow {@code sts:AssumeRoleWithWebIdentity} to the
 * provider as a {@code Federated} principal ({@code arn:aws:iam::ACCT:oidc-provider/HOST}), with the
 * token's claims as the provider's condition keys ({@code HOST:sub}, {@code HOST:aud}, …); with
 * session tags in the token also {@code sts:TagSession}, with a source identity also
 * {@code sts:SetSourceIdentity}.
 *
 * <p>Every refusal, including a role that does not exist, answers AWS's message
 * {@value #NOT_AUTHORIZED}, which says nothing about the trust policy. The decision's explanation
 * names the verified web identity, for the audit trail ({@link #EXPLANATION_IDENTITY}).
 */
public final class WebIdentityTrust {

    public static final String ACTION = "sts:AssumeRoleWithWebIdentity";
    public static final String NOT_AUTHORIZED = "Not authorized to perform sts:AssumeRoleWithWebIdentity";
    /** The member of the explanation JSON that describes the verified web identity. */
    public static final String EXPLANATION_IDENTITY = "webIdentity";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebIdentityTokenVerifier verifier;
    private final FederatedRoleTrust roleTrust;

    public WebIdentityTrust(Iam iam, PolicyDocuments documents, Authorizer engine, WebIdentityTokenVerifier verifier) {
        this.verifier = verifier;
        this.roleTrust = new FederatedRoleTrust(iam, documents, engine);
    }

    public AuthorizationDecision authorize(QueryCall<?> call) {
        AssumeRoleWithWebIdentityRequest request = AssumeRoleWithWebIdentityRequest.parse(call.params());
        VerifiedWebIdentity identity = verifier.verify(request.webIdentityToken(), call.receivedAt());
        ObjectNode explanation = JSON.createObjectNode();
        explanation.set(EXPLANATION_IDENTITY, describe(identity));
        return roleTrust.decide(request.roleArn(), identity.caller(), actions(identity),
                role -> context(call, identity, request, role), explanation, NOT_AUTHORIZED);
    }

    /**
     * Like AssumeRoleWithSAML: session tags from the token need {@code sts:TagSession} as well, a source
     * identity {@code sts:SetSourceIdentity} (IAM User Guide, "Permissions required to add session tags").
     */
    static List<String> actions(VerifiedWebIdentity identity) {
        List<String> actions = new ArrayList<>(List.of(ACTION));
        if (identity.session().tagsSession()) {
            actions.add("sts:TagSession");
        }
        if (identity.session().sourceIdentity().isPresent()) {
            actions.add("sts:SetSourceIdentity");
        }
        return actions;
    }

    private static RequestContext context(QueryCall<?> call, VerifiedWebIdentity identity,
            AssumeRoleWithWebIdentityRequest request, Role role) {
        RequestContext.Builder keys = RequestKeys.forUnsigned(call, identity.caller());
        identity.conditionKeys().forEach((key, values) ->
                keys.put(key, WebIdentityConditionKeys.toContextValue(key, values)));
        keys.put("aws:FederatedProvider", identity.provider().arn());
        keys.put("sts:RoleSessionName", request.roleSessionName());
        WebIdentitySessionClaims session = identity.session();
        if (!session.sessionTags().isEmpty()) {
            for (Tag tag : session.sessionTags()) {
                keys.put("aws:RequestTag/" + tag.key(), tag.value());
            }
            keys.put("aws:TagKeys", ContextValue.strings(session.sessionTags().stream().map(Tag::key).toList()));
        }
        if (!session.transitiveTagKeys().isEmpty()) {
            keys.put("sts:TransitiveTagKeys", ContextValue.strings(session.transitiveTagKeys()));
        }
        session.sourceIdentity().ifPresent(source -> keys.put("sts:SourceIdentity", source));
        RequestKeys.putRoleTags(keys, role.tags());
        return keys.build();
    }

    private static ObjectNode describe(VerifiedWebIdentity identity) {
        ObjectNode node = JSON.createObjectNode();
        node.put("provider", identity.provider().arn());
        node.put("issuer", identity.provider().url());
        node.put("subject", identity.subject());
        node.put("audience", identity.audience());
        node.put("principalId", identity.principalId());
        return node;
    }
}
