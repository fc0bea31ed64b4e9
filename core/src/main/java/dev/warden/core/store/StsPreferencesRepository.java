package dev.warden.core.store;

import dev.warden.core.iam.GlobalEndpointTokenVersion;
import java.time.Instant;
import java.util.Optional;

/** Each account's STS preferences: the token version its global endpoint issues, once it has set one. */
public interface StsPreferencesRepository {
    Optional<GlobalEndpointTokenVersion> globalEndpointTokenVersion(String accountId);

    /** Sets the account's preference, replacing any it had. */
    void putGlobalEndpointTokenVersion(String accountId, GlobalEndpointTokenVersion version, Instant at);
}
