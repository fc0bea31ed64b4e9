package dev.warden.core.store;

import java.util.List;
import java.util.Optional;

public interface LoginProfileRepository {
    void insert(StoredLoginProfile profile);

    Optional<StoredLoginProfile> find(String userId);

    /** Every login profile of the account's users, in no particular order. */
    List<StoredLoginProfile> listForAccount(String accountId);

    void update(StoredLoginProfile profile);

    void delete(String userId);
}
