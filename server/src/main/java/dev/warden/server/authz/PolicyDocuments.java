package dev.warden.server.authz;

import dev.warden.insight.access.StoredPolicyCompiler;
import dev.warden.insight.access.StoredPolicyDocuments;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.eval.CompiledPolicy;
import dev.warden.policy.eval.PolicyType;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's stored-policy compiler: the shared {@link StoredPolicyDocuments} (which the
 * analyses use too), so a request and an analysis read every stored document the same way. A
 * stored document that does not compile fails the request that needs it closed, as
 * {@code AccessDenied} ({@link UnusableStoredPolicy}), not as an internal error.
 */
public final class PolicyDocuments implements StoredPolicyCompiler {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyDocuments.class);

    private final StoredPolicyCompiler shared;

    /** @param awsManagedDocuments the default-version document of an AWS managed policy ARN */
    public PolicyDocuments(Function<String, Optional<String>> awsManagedDocuments) {
        this(new StoredPolicyDocuments(awsManagedDocuments));
    }

    PolicyDocuments(StoredPolicyCompiler shared) {
        this.shared = shared;
    }

    /** AWS managed policies from the embedded catalogue. */
    public static PolicyDocuments withEmbeddedCatalog() {
        return new PolicyDocuments(StoredPolicyDocuments.EMBEDDED_CATALOG);
    }

    /** @throws dev.warden.server.error.AwsError {@code AccessDenied} when the document does not compile */
    @Override
    public CompiledPolicy compileStored(String document, PolicyKind kind, String id, PolicyType type) {
        try {
            return shared.compileStored(document, kind, id, type);
        } catch (RuntimeException unusable) {
            LOG.warn("Stored {} policy {} does not compile; requests that need it are denied: {}", kind, id,
                    unusable.getMessage());
            throw UnusableStoredPolicy.accessDenied(id);
        }
    }

    @Override
    public Optional<String> awsManagedDocument(String arn) {
        return shared.awsManagedDocument(arn);
    }
}
