package dev.warden.insight.access;

import dev.warden.policy.document.PolicyDocument;
import dev.warden.policy.document.PolicyVersion;
import dev.warden.policy.eval.CompiledPolicy;
import dev.warden.policy.eval.PolicyType;
import java.util.List;
import java.util.Optional;

/**
 * Policies without statements, for limits whose document is gone: a session policy naming a
 * deleted managed policy, a boundary whose policy vanished. They keep the limit in force and allow
 * nothing, so losing a document never widens access.
 */
public final class EmptyPolicies {

    public static final CompiledPolicy SESSION = empty("session-policy-no-longer-available", PolicyType.SESSION);

    private EmptyPolicies() {}

    public static CompiledPolicy emptyBoundary(String arn) {
        return empty(arn, PolicyType.PERMISSIONS_BOUNDARY);
    }

    private static CompiledPolicy empty(String id, PolicyType type) {
        return new CompiledPolicy(id, type,
                new PolicyDocument(PolicyVersion.V2012_10_17, Optional.empty(), List.of(), "{}"), List.of());
    }
}
