package dev.warden.core.store;

import dev.warden.core.model.AccessKey;

/** An access key row: metadata plus its secret as encrypted at rest (never the plaintext). */
public record StoredAccessKey(AccessKey key, String encryptedSecret) {
    @Override
    public String toString() {
        return "StoredAccessKey[" + key + ", encryptedSecret=****]";
    }
}
