package dev.warden.insight.access;

import dev.warden.core.iam.PrincipalPolicies;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.eval.CompiledPolicy;
import dev.warden.policy.eval.PolicyType;
import java.util.Optional;

/**
 * Turns stored policy text into compiled policies. The server's implementation caches compiled
 * documents; the analyses use the same one, so both read stored policies identically.
 */
public interface StoredPolicyCompiler {

    /** A stored document; {@code id} names it in explanations (policy ARN or inline policy name). */
    CompiledPolicy compileStored(String document, PolicyKind kind, String id, PolicyType type);

    /** A managed policy as core reports it; empty when the policy no longer exists. */
    Optional<CompiledPolicy> compileManaged(PrincipalPolicies.ManagedPolicyDocument managed, PolicyType type);

    /** The document of an AWS managed policy ARN, if the catalogue has it. */
    Optional<String> awsManagedDocument(String arn);
}
