package dev.warden.server.authz;

import dev.warden.insight.access.StoredPolicyCompiler;
import dev.warden.insight.access.StoredPolicyDocuments;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.eval.CompiledPolicy;
import dev.warden.policy.eval.PolicyType;
import java.util.Optional;
import java.util.function.Function;

/**
 * The server's stored-policy compiler: the shared {@link StoredPolicyDocuments} (which the
 * analyses use too), so a request and an analysis read every stored document the same way.
 */
public final class PolicyDocuments implements StoredPolicyCompiler {

    private final StoredPolicyDocuments shared;

    /** @param awsManagedDocuments the default-version document of an AWS managed policy ARN */
    public PolicyDocuments(Function<String, Optional<String>> awsManagedDocuments) {
        this.shared = new StoredPolicyDocuments(awsManagedDocuments);
    }

    /** AWS managed policies from the embedded catalogue. */
    public static PolicyDocuments withEmbeddedCatalog() {
        return new PolicyDocuments(StoredPolicyDocuments.EMBEDDED_CATALOG);
    }

    @Override
    public CompiledPolicy compileStored(String document, PolicyKind kind, String id, PolicyType type) {
        return shared.compileStored(document, kind, id, type);
    }

    @Override
    public Optional<String> awsManagedDocument(String arn) {
        return shared.awsManagedDocument(arn);
    }
}
