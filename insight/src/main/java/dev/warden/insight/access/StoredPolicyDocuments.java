package dev.warden.insight.access;

import dev.warden.catalog.ManagedPolicies;
import dev.warden.policy.document.PolicyDocument;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.eval.CompiledPolicy;
import dev.warden.policy.eval.PolicyCompiler;
import dev.warden.policy.eval.PolicyType;
import dev.warden.policy.parse.PolicyParseException;
import dev.warden.policy.parse.PolicyParser;
import dev.warden.policy.parse.PolicySizeLimits;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Turns stored policy text into compiled policies for the engine. Stored documents were validated
 * when they were written, so the per-kind size quotas are not applied again here (AWS managed
 * policies exceed the customer quota); any parse failure of a stored document is a server fault
 * and fails the request closed.
 */
public final class StoredPolicyDocuments implements StoredPolicyCompiler {

    private static final PolicyParser STORED = storedParser();

    /** AWS managed policy documents from the embedded catalogue, by ARN. */
    public static final Function<String, Optional<String>> EMBEDDED_CATALOG =
            arn -> ManagedPolicies.get().find(arn).map(p -> p.document());

    /** Compiled documents are reused: compiling depends only on these inputs, not on the IAM state. */
    private record CacheKey(String document, PolicyKind kind, String id, PolicyType type) {}

    /** Bounded so a 128 MB heap holds it; past it the cache starts over. */
    public static final int MAX_CACHED_DOCUMENTS = 512;

    private final Function<String, Optional<String>> awsManagedDocuments;
    private final Map<CacheKey, CompiledPolicy> compiled = new ConcurrentHashMap<>();

    /** @param awsManagedDocuments the default-version document of an AWS managed policy ARN */
    public StoredPolicyDocuments(Function<String, Optional<String>> awsManagedDocuments) {
        this.awsManagedDocuments = awsManagedDocuments;
    }

    /** AWS managed policies from the embedded catalogue. */
    public static StoredPolicyDocuments withEmbeddedCatalog() {
        return new StoredPolicyDocuments(EMBEDDED_CATALOG);
    }

    /** A stored document; {@code id} names it in explanations (policy ARN or inline policy name). */
    @Override
    public CompiledPolicy compileStored(String document, PolicyKind kind, String id, PolicyType type) {
        CacheKey key = new CacheKey(document, kind, id, type);
        CompiledPolicy known = compiled.get(key);
        if (known != null) {
            return known;
        }
        if (compiled.size() >= MAX_CACHED_DOCUMENTS) {
            compiled.clear();
        }
        CompiledPolicy fresh = compile(document, kind, id, type);
        compiled.put(key, fresh);
        return fresh;
    }

    private static CompiledPolicy compile(String document, PolicyKind kind, String id, PolicyType type) {
        try {
            PolicyDocument parsed = STORED.parse(document, kind);
            return PolicyCompiler.compile(parsed, id, type);
        } catch (PolicyParseException e) {
            throw new IllegalStateException("stored policy " + id + " does not parse: " + e.first(), e);
        }
    }

    /** The document of an AWS managed policy ARN, if the catalogue has it. */
    @Override
    public Optional<String> awsManagedDocument(String arn) {
        return awsManagedDocuments.apply(arn);
    }

    private static PolicyParser storedParser() {
        PolicySizeLimits limits = PolicySizeLimits.defaults();
        for (PolicyKind kind : PolicyKind.values()) {
            limits = limits.withLimit(kind, PolicySizeLimits.MAX_PARAMETER_CHARS);
        }
        return new PolicyParser(limits);
    }
}
