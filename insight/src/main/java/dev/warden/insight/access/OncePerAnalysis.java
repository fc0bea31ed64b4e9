package dev.warden.insight.access;

import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.eval.CompiledPolicy;
import dev.warden.policy.eval.PolicyType;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiles each distinct stored document once for one analysis of the whole account. The shared
 * compiler's cache is bounded for the server's heap and starts over when full, so over a thousand
 * principals it would drop the group, managed and boundary policies many principals share; this one
 * lives only as long as the analysis and keeps everything it compiled.
 */
final class OncePerAnalysis implements StoredPolicyCompiler {

    private record Key(String document, PolicyKind kind, String id, PolicyType type) {}

    private final StoredPolicyCompiler shared;
    private final Map<Key, CompiledPolicy> compiled = new ConcurrentHashMap<>();

    OncePerAnalysis(StoredPolicyCompiler shared) {
        this.shared = shared;
    }

    @Override
    public CompiledPolicy compileStored(String document, PolicyKind kind, String id, PolicyType type) {
        return compiled.computeIfAbsent(new Key(document, kind, id, type),
                key -> shared.compileStored(document, kind, id, type));
    }

    @Override
    public Optional<String> awsManagedDocument(String arn) {
        return shared.awsManagedDocument(arn);
    }
}
