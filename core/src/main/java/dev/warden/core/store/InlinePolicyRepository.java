package dev.warden.core.store;

import dev.warden.core.model.InlinePolicy;
import dev.warden.core.model.PolicyOwner;
import dev.warden.core.model.PolicyOwnerKind;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface InlinePolicyRepository {
    /** Inserts, or replaces the document of the same-named (case-insensitive) policy. */
    void put(InlinePolicy policy);

    Optional<InlinePolicy> find(PolicyOwner owner, String policyName);

    /** Ordered by lower-cased name. */
    List<InlinePolicy> list(PolicyOwner owner);

    boolean delete(PolicyOwner owner, String policyName);

    /** The inline policies of many owners of one kind, by owner id, each list ordered by lower-cased name. */
    Map<String, List<InlinePolicy>> listFor(PolicyOwnerKind kind,
            Collection<String> ownerIds);

    /**
     * Every inline policy of one owner kind in the account, by owner id, each list ordered by
     * lower-cased name: one query for a whole account, where {@link #listFor} takes a page of ids.
     */
    Map<String, List<InlinePolicy>> listInAccount(PolicyOwnerKind kind, String accountId);
}
