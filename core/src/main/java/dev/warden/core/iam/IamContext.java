package dev.warden.core.iam;

import dev.warden.core.id.AccountId;
import dev.warden.core.id.UniqueIdGenerator;
import dev.warden.core.secret.PasswordHasher;
import dev.warden.core.secret.SecretAtRestCipher;
import dev.warden.core.store.Store;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;

/** What every IAM service needs: the account it serves, storage, time, randomness, limits and checks. */
public record IamContext(
        AccountId account,
        Store store,
        Clock clock,
        SecureRandom random,
        UniqueIdGenerator ids,
        IamQuotas quotas,
        PolicyDocumentCheck policyCheck,
        ManagedPolicyDirectory awsManagedPolicies,
        SecretAtRestCipher secretCipher,
        PasswordHasher passwordHasher) {

    String accountId() {
        return account.value();
    }

    /** AWS reports times to the millisecond at most; truncating keeps stored and returned values equal. */
    Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }
}
