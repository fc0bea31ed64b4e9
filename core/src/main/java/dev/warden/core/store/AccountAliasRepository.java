package dev.warden.core.store;

import java.time.Instant;
import java.util.Optional;

/** The alias each account may carry (at most one), unique across the store. */
public interface AccountAliasRepository {
    Optional<String> find(String accountId);

    /** The account that holds an alias, if any. */
    Optional<String> owner(String alias);

    /** Sets the account's alias, replacing any it had. */
    void put(String accountId, String alias, Instant at);

    /** Removes the account's alias when it is {@code alias}; false when the account holds another or none. */
    boolean delete(String accountId, String alias);
}
