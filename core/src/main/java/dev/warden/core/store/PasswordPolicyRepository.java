package dev.warden.core.store;

import dev.warden.core.model.PasswordPolicy;
import java.time.Instant;
import java.util.Optional;

public interface PasswordPolicyRepository {
    Optional<PasswordPolicy> find(String accountId);

    /** Sets the account's policy, replacing any. */
    void put(String accountId, PasswordPolicy policy, Instant at);

    /** False when the account had none. */
    boolean delete(String accountId);
}
