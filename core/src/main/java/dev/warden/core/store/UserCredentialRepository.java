package dev.warden.core.store;

import dev.warden.core.model.AccessKeyStatus;
import java.util.List;
import java.util.Optional;

/**
 * What every per-user credential kind with an Active/Inactive status (SSH public keys, signing
 * certificates) stores alike.
 *
 * @param <T> the credential
 */
public interface UserCredentialRepository<T> {
    Optional<T> find(String id);

    /** A user's credentials of this kind, oldest first. */
    List<T> listForUser(String userId);

    void updateStatus(String id, AccessKeyStatus status);

    void delete(String id);
}
