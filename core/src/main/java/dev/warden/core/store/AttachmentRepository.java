package dev.warden.core.store;

import dev.warden.core.model.PolicyOwner;
import java.time.Instant;
import java.util.List;

public interface AttachmentRepository {
    /** Attaches; false when it was already attached (AWS treats that as success). */
    boolean attach(PolicyOwner owner, String policyArn, Instant at);

    boolean detach(PolicyOwner owner, String policyArn);

    /** ARNs in attachment order. */
    List<String> attachedTo(PolicyOwner owner);

    int countFor(String policyArn);

    List<PolicyOwner> ownersOf(String policyArn);
}
