package dev.warden.insight.access;

import dev.warden.core.model.Tag;
import dev.warden.policy.eval.CompiledPolicy;
import dev.warden.policy.eval.PolicySet;
import java.util.List;
import java.util.Optional;

/**
 * A principal's stored policies, compiled: identity-based (user: inline, managed and group
 * policies; role: the role's), permissions boundary, session policies, and the tags
 * {@code aws:PrincipalTag/*} reports. The server authorizes requests with it and the analyses
 * (who-can, what-can, graph, policy generation) ask the engine with it, so they agree.
 *
 * @param sessionPolicyPassed whether the session was created with a session policy (inline or ARNs),
 *     even if a named managed policy has since been deleted (then it allows nothing)
 * @param principalTags user tags, or role tags overlaid by session tags
 * @param permissionsBoundaryArn the boundary set on the user or role, for {@code iam:PermissionsBoundary}
 */
public record PrincipalPolicySet(
        List<CompiledPolicy> identity,
        List<CompiledPolicy> boundary,
        List<CompiledPolicy> session,
        boolean sessionPolicyPassed,
        List<Tag> principalTags,
        Optional<String> permissionsBoundaryArn) {

    public PrincipalPolicySet {
        identity = List.copyOf(identity);
        boundary = List.copyOf(boundary);
        session = List.copyOf(session);
        principalTags = List.copyOf(principalTags);
    }

    /** A principal unknown to the account (or deleted meanwhile): no policy, so nothing is allowed. */
    public static PrincipalPolicySet nothing() {
        return new PrincipalPolicySet(List.of(), List.of(), List.of(), false, List.of(), Optional.empty());
    }

    /**
     * A builder already holding these policies, for decisions that add a resource-based policy (a
     * role's trust policy).
     */
    public PolicySet.Builder toPolicySetBuilder() {
        PolicySet.Builder builder = PolicySet.builder().identity(identity);
        boundary.forEach(builder::boundary);
        session.forEach(builder::session);
        if (sessionPolicyPassed && session.isEmpty()) {
            // A session policy was passed but none of it survives (a named managed policy was
            // deleted): the session is still policy-limited, so it allows nothing.
            builder.session(EmptyPolicies.SESSION);
        }
        return builder;
    }

    public PolicySet policySet() {
        return toPolicySetBuilder().build();
    }
}
