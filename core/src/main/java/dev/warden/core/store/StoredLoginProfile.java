package dev.warden.core.store;

import dev.warden.core.model.LoginProfile;
import java.time.Instant;

/**
 * A login profile row with its Argon2id hash and when the password was last set (the profile's
 * creation until it is changed).
 */
public record StoredLoginProfile(LoginProfile profile, String passwordHash, Instant passwordChangedAt) {
    @Override
    public String toString() {
        return "StoredLoginProfile[" + profile + ", passwordHash=****, passwordChangedAt=" + passwordChangedAt + "]";
    }
}
