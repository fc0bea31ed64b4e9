package dev.warden.server.authz;

import dev.warden.core.model.Tag;
import dev.warden.policy.eval.CompiledPolicy;
import dev.warden.policy.eval.PolicySet;
import java.util.List;
import java.util.Optional;

/**
 * Everything the engine needs about one principal, compiled once and cached: its identity-based
 * policies (user: inline, managed, group policies; role session: the role's), permissions boundary,
 * session policies, and the tags {@code aws:PrincipalTag/*} reports.
 *
 * @param sessionPolicyPassed whether the session was created with a session policy (inline or ARNs),
 *     even if a named managed policy has since been deleted (then it allows nothing)
 * @param principalTags user tags, or role tags overlaid by session tags
 * @param permissionsBoundaryArn the boundary set on the user or role, for {@code iam:PermissionsBoundary}
 */
public record CompiledPrincipal(
        List<CompiledPolicy> identity,
        List<CompiledPolicy> boundary,
        List<CompiledPolicy> session,
        boolean sessionPolicyPassed,
        List<Tag> principalTags,
        Optional<String> permissionsBoundaryArn,
        PolicySet policySet) {

    public CompiledPrincipal {
        identity = List.copyOf(identity);
        boundary = List.copyOf(boundary);
        session = List.copyOf(session);
        principalTags = List.copyOf(principalTags);
    }

    public static CompiledPrincipal of(List<CompiledPolicy> identity, List<CompiledPolicy> boundary,
            List<CompiledPolicy> session, boolean sessionPolicyPassed, List<Tag> principalTags,
            Optional<String> permissionsBoundaryArn) {
        return new CompiledPrincipal(identity, boundary, session, sessionPolicyPassed, principalTags,
                permissionsBoundaryArn, policySet(identity, boundary, session, sessionPolicyPassed).build());
    }

    /**
     * A builder already holding this principal's policies, for decisions that add a resource-based
     * policy (a role's trust policy).
     */
    public PolicySet.Builder toPolicySetBuilder() {
        return policySet(identity, boundary, session, sessionPolicyPassed);
    }

    private static PolicySet.Builder policySet(List<CompiledPolicy> identity, List<CompiledPolicy> boundary,
            List<CompiledPolicy> session, boolean sessionPolicyPassed) {
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
}
