package dev.warden.core.store;

import dev.warden.core.model.AccessKeyStatus;
import dev.warden.core.model.SshPublicKey;
import java.util.List;
import java.util.Optional;

/** SSH public keys of IAM users. */
public interface SshPublicKeyRepository {
    void insert(SshPublicKey key);

    Optional<SshPublicKey> find(String keyId);

    /** A user's keys, oldest first. */
    List<SshPublicKey> listForUser(String userId);

    void updateStatus(String keyId, AccessKeyStatus status);

    void delete(String keyId);
}
