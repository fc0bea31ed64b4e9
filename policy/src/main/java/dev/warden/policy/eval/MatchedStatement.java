package dev.warden.policy.eval;

import dev.warden.policy.document.Effect;
import dev.warden.policy.document.SourcePosition;
import java.util.Optional;

/**
 * A statement that applied to the request: its action, resource, principal and conditions all
 * matched.
 *
 * @param policyId the policy's name or ARN as the caller named it (e.g. an ARN, an inline policy
 *     name, or "PolicyInputList.1" in the simulator)
 * @param statementIndex 0-based index in the policy's Statement array
 */
public record MatchedStatement(
    String policyId,
    PolicyType policyType,
    int statementIndex,
    Optional<String> sid,
    Effect effect,
    SourcePosition start,
    SourcePosition end) {}
