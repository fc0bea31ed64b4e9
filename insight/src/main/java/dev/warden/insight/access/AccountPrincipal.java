package dev.warden.insight.access;

import dev.warden.policy.context.RequestContext;
import dev.warden.policy.eval.Caller;
import dev.warden.policy.eval.CompiledPolicy;
import java.util.Optional;

/**
 * A user or role of the stored account, ready for the engine: the caller it acts as (a role acts
 * through a session without session policies), its policies from the shared loader, the keys it
 * fixes by itself, and for a role its trust policy.
 */
public record AccountPrincipal(
        Kind kind, String arn, Caller caller, PrincipalPolicySet policies, RequestContext keys,
        Optional<CompiledPolicy> trustPolicy) {

    /** The kinds of principals that hold identity-based policies. */
    public enum Kind {
        USER,
        ROLE
    }
}
