package dev.warden.core.store;

import java.util.Optional;

/** Per-account outbound web identity federation state; a row exists once the feature was first enabled. */
public interface OutboundFederationRepository {
    Optional<StoredOutboundFederation> find(String accountId);

    /** The account whose issuer has this id, for the issuer's public discovery documents. */
    Optional<StoredOutboundFederation> findByIssuerId(String issuerId);

    /** Stores the account's state, replacing any. */
    void put(StoredOutboundFederation federation);
}
