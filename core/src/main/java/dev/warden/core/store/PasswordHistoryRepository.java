package dev.warden.core.store;

import java.time.Instant;
import java.util.List;

/** The Argon2id hashes of passwords a user had before the current one, newest first when read. */
public interface PasswordHistoryRepository {
    /** Remembers a hash that has just been replaced. */
    void add(String userId, String passwordHash, Instant replacedAt);

    /** The {@code limit} most recently replaced hashes, newest first. */
    List<String> latest(String userId, int limit);

    /** Forgets all but the {@code keep} most recently replaced hashes. */
    void trim(String userId, int keep);

    void deleteForUser(String userId);
}
