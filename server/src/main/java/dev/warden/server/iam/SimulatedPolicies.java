package dev.warden.server.iam;

import dev.warden.policy.document.PolicyDocument;
import dev.warden.policy.eval.CompiledPolicy;
import dev.warden.policy.eval.PolicyCompiler;
import dev.warden.policy.eval.PolicySet;
import dev.warden.policy.eval.PolicyType;
import java.util.HashMap;
import java.util.Map;

/**
 * The policies of one simulation, compiled for the engine, with how the simulator names each one
 * ({@code SourcePolicyId}, {@code SourcePolicyType}). Policies are compiled under internal ids, since
 * the names the simulator shows may repeat (a user's and a group's inline policies of one name).
 */
final class SimulatedPolicies {

    /** How the simulator reports a policy in {@code MatchedStatements}. */
    record Source(String id, String type) {}

    private final PolicySet.Builder set = PolicySet.builder();
    private final Map<String, Source> sources = new HashMap<>();
    private final ContextKeyNames contextKeys = new ContextKeyNames();
    private boolean boundary;

    void add(PolicyDocument document, PolicyType type, Source source) {
        String internalId = Integer.toString(sources.size());
        sources.put(internalId, source);
        contextKeys.addAll(document);
        CompiledPolicy compiled = PolicyCompiler.compile(document, internalId, type);
        switch (type) {
            case IDENTITY -> set.identity(compiled);
            case PERMISSIONS_BOUNDARY -> {
                set.boundary(compiled);
                boundary = true;
            }
            case RESOURCE -> set.resource(compiled);
            default -> throw new IllegalArgumentException("the simulator takes no " + type + " policies");
        }
    }

    Source source(String internalId) {
        return sources.get(internalId);
    }

    boolean hasBoundary() {
        return boundary;
    }

    ContextKeyNames contextKeys() {
        return contextKeys;
    }

    PolicySet build() {
        return set.build();
    }
}
