package dev.warden.core.store;

import dev.warden.core.model.PolicyOwner;
import dev.warden.core.model.PolicyOwnerKind;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

public interface AttachmentRepository {
    /** Attaches; false when it was already attached (AWS treats that as success). */
    boolean attach(PolicyOwner owner, String policyArn, Instant at);

    boolean detach(PolicyOwner owner, String policyArn);

    /** ARNs in attachment order. */
    List<String> attachedTo(PolicyOwner owner);

    int countFor(String policyArn);

    List<PolicyOwner> ownersOf(String policyArn);

    /** The attached ARNs of many owners of one kind, by owner id, each list in attachment order. */
    Map<String, List<String>> attachedTo(PolicyOwnerKind kind,
            Collection<String> ownerIds);

    /** The attached ARNs of every owner of one kind in the account, by owner id, each list in attachment order. */
    Map<String, List<String>> attachedInAccount(PolicyOwnerKind kind, String accountId);

    /**
     * AWS managed policy ARNs in use in the account (attached to an entity, or a user's or role's
     * permissions boundary) that sort after {@code afterArn} (null = from the start), in ARN order.
     */
    List<String> awsManagedInUse(String accountId, String afterArn, int limit);
}
