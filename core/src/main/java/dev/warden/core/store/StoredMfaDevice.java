package dev.warden.core.store;

import dev.warden.core.model.VirtualMfaDevice;

/** A virtual MFA device row: the device plus its TOTP seed as encrypted at rest (never the plaintext). */
public record StoredMfaDevice(VirtualMfaDevice device, String encryptedSeed) {
    @Override
    public String toString() {
        return "StoredMfaDevice[" + device + ", encryptedSeed=****]";
    }
}
