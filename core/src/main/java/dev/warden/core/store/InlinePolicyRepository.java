package dev.warden.core.store;

import dev.warden.core.model.InlinePolicy;
import dev.warden.core.model.PolicyOwner;
import java.util.List;
import java.util.Optional;

public interface InlinePolicyRepository {
    /** Inserts, or replaces the document of the same-named (case-insensitive) policy. */
    void put(InlinePolicy policy);

    Optional<InlinePolicy> find(PolicyOwner owner, String policyName);

    /** Ordered by lower-cased name. */
    List<InlinePolicy> list(PolicyOwner owner);

    boolean delete(PolicyOwner owner, String policyName);
}
