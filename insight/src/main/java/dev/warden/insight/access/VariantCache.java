package dev.warden.insight.access;

import dev.warden.policy.eval.CompiledPolicy;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Variants already compiled, by policy instance and assumption: principals that share a policy
 * (a group's, a managed one; the stored-policy compiler hands out one instance per document)
 * share its variants. Lives for one analysis.
 */
public final class VariantCache {

    private final Map<CompiledPolicy, CompiledPolicy[]> variants = new IdentityHashMap<>();

    public CompiledPolicy of(CompiledPolicy policy, Assumption assumption) {
        CompiledPolicy[] known;
        synchronized (variants) {
            known = variants.computeIfAbsent(policy, p -> new CompiledPolicy[Assumption.values().length]);
        }
        CompiledPolicy variant = known[assumption.ordinal()];
        if (variant == null) {
            variant = PolicyVariant.of(policy, assumption);
            known[assumption.ordinal()] = variant;
        }
        return variant;
    }
}
