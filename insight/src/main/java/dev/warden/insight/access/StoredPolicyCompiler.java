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

    /**
     * A managed policy as core reports it: customer managed ones carry their default version's
     * document, AWS managed ones only the ARN. Empty when the policy no longer exists.
     */
    default Optional<CompiledPolicy> compileManaged(PrincipalPolicies.ManagedPolicyDocument managed,
            PolicyType type) {
        Optional<String> document = managed.isAwsManaged()
                ? awsManagedDocument(managed.policyArn())
                : Optional.ofNullable(managed.document());
        PolicyKind kind = type == PolicyType.PERMISSIONS_BOUNDARY ? PolicyKind.BOUNDARY : PolicyKind.IDENTITY_MANAGED;
        return document.map(text -> compileStored(text, kind, managed.policyArn(), type));
    }

    /** The document of an AWS managed policy ARN, if the catalogue has it. */
    Optional<String> awsManagedDocument(String arn);
}
