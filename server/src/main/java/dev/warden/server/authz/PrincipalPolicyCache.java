package dev.warden.server.authz;

import dev.warden.server.principal.WardenPrincipal;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiled policies per principal, valid for one {@link PolicyGeneration}: any IAM write makes every
 * entry stale. Sessions are cached per access key id, since each carries its own session policies
 * and tags. The cache is bounded; when full it starts over (entries are cheap to rebuild).
 */
public final class PrincipalPolicyCache {

    static final int MAX_ENTRIES = 10_000;

    private final PrincipalPolicyLoader loader;
    private final PolicyGeneration generation;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(long generation, CompiledPrincipal compiled) {}

    public PrincipalPolicyCache(PrincipalPolicyLoader loader, PolicyGeneration generation) {
        this.loader = loader;
        this.generation = generation;
    }

    public CompiledPrincipal get(WardenPrincipal principal) {
        // Read the generation before loading: a write that lands while loading leaves this entry
        // under the old generation, so the next request reloads.
        long current = generation.current();
        String key = key(principal);
        Entry entry = entries.get(key);
        if (entry != null && entry.generation() == current) {
            return entry.compiled();
        }
        CompiledPrincipal compiled = loader.load(principal);
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(current, compiled));
        return compiled;
    }

    int size() {
        return entries.size();
    }

    private static String key(WardenPrincipal principal) {
        if (principal.temporary()) {
            return "session:" + principal.accessKeyId();
        }
        return "principal:" + principal.caller().uniqueId().orElse(principal.caller().arn());
    }
}
