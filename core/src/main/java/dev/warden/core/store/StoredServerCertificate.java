package dev.warden.core.store;

import dev.warden.core.model.ServerCertificate;

/** A server certificate row: the certificate plus its private key as encrypted at rest. */
public record StoredServerCertificate(ServerCertificate certificate, String encryptedPrivateKey) {
    @Override
    public String toString() {
        return "StoredServerCertificate[" + certificate + ", encryptedPrivateKey=****]";
    }
}
