package dev.warden.server.authz;

import dev.warden.core.model.Tag;
import dev.warden.insight.access.PrincipalPolicySet;
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
        return from(new PrincipalPolicySet(identity, boundary, session, sessionPolicyPassed, principalTags,
                permissionsBoundaryArn));
    }

    /** The shared loader's result, with its policy set built once. */
    public static CompiledPrincipal from(PrincipalPolicySet loaded) {
        return new CompiledPrincipal(loaded.identity(), loaded.boundary(), loaded.session(),
                loaded.sessionPolicyPassed(), loaded.principalTags(), loaded.permissionsBoundaryArn(),
                loaded.policySet());
    }

    /**
     * A builder already holding this principal's policies, for decisions that add a resource-based
     * policy (a role's trust policy).
     */
    public PolicySet.Builder toPolicySetBuilder() {
        return new PrincipalPolicySet(identity, boundary, session, sessionPolicyPassed, principalTags,
                permissionsBoundaryArn).toPolicySetBuilder();
    }
}
