package dev.warden.core.store;

import dev.warden.core.model.LoginProfile;

/** A login profile row with its Argon2id hash. */
public record StoredLoginProfile(LoginProfile profile, String passwordHash) {
    @Override
    public String toString() {
        return "StoredLoginProfile[" + profile + ", passwordHash=****]";
    }
}
