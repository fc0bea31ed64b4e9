package dev.warden.core.store;

import dev.warden.core.model.AccessKeyLastUsed;
import dev.warden.core.model.AccessKeyStatus;
import java.util.List;
import java.util.Optional;

public interface AccessKeyRepository {
    void insert(StoredAccessKey key);

    Optional<StoredAccessKey> find(String accessKeyId);

    /** Oldest first. */
    List<StoredAccessKey> listForUser(String userId);

    /** Every access key of the account's users, each user's oldest first. */
    List<StoredAccessKey> listForAccount(String accountId);

    void updateStatus(String accessKeyId, AccessKeyStatus status);

    void recordUse(String accessKeyId, AccessKeyLastUsed lastUsed);

    void delete(String accessKeyId);
}
