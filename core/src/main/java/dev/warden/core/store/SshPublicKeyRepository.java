package dev.warden.core.store;

import dev.warden.core.model.SshPublicKey;

/** SSH public keys of IAM users. */
public interface SshPublicKeyRepository extends UserCredentialRepository<SshPublicKey> {
    void insert(SshPublicKey key);
}
