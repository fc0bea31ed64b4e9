package dev.warden.server.authz;

import dev.warden.policy.condition.ConditionException;
import dev.warden.policy.document.PolicyDocument;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.eval.PolicyCompiler;
import dev.warden.policy.eval.PolicyType;

/**
 * The last check before a policy is stored or handed out in a session token: it must compile for
 * the engine, not only parse. The parser lets through some condition values the compiler refuses
 * (a number such as {@code 1e999999999} is valid JSON but no policy number); stored, such a policy
 * would fail every later decision that loads it with an internal error instead of failing once, at
 * write time, with {@code MalformedPolicyDocument}.
 */
public final class CompilablePolicy {

    private CompilablePolicy() {}

    /** @throws ConditionException when a condition value cannot be compiled, with the entry's position */
    public static void require(PolicyDocument document, PolicyKind kind) {
        PolicyCompiler.compile(document, "check", typeOf(kind));
    }

    private static PolicyType typeOf(PolicyKind kind) {
        return switch (kind) {
            case RESOURCE, TRUST -> PolicyType.RESOURCE;
            case BOUNDARY -> PolicyType.PERMISSIONS_BOUNDARY;
            case SESSION -> PolicyType.SESSION;
            default -> PolicyType.IDENTITY;
        };
    }
}
