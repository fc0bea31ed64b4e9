package dev.warden.core.home;

import dev.warden.core.iam.IamQuotas;
import dev.warden.core.iam.JsonPolicyDocumentCheck;
import dev.warden.core.iam.ManagedPolicyDirectory;
import dev.warden.core.iam.PolicyDocumentCheck;
import dev.warden.core.secret.MasterKey;
import dev.warden.core.secret.PasswordHasher;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * How to open a Warden home. {@code accountId} is used only on first start (null = random 12 digits);
 * {@code operatorMasterKey} null means "use or create $WARDEN_HOME/master.key"; {@code store} says
 * where the IAM data lives (the home's SQLite file by default, or a shared PostgreSQL database; homes
 * sharing a database must share the master key).
 */
public record WardenHomeSettings(
        Path home,
        int port,
        String accountId,
        MasterKey operatorMasterKey,
        String tokenKeyId,
        Set<String> acceptedTokenKeyIds,
        IamQuotas quotas,
        PolicyDocumentCheck policyCheck,
        ManagedPolicyDirectory awsManagedPolicies,
        PasswordHasher.Argon2Settings argon2,
        Clock clock,
        StoreLocation store) {

    public static final int DEFAULT_PORT = 8080;
    public static final String HOME_VARIABLE = "WARDEN_HOME";
    public static final String MASTER_KEY_VARIABLE = "WARDEN_MASTER_KEY";
    public static final Path DEFAULT_HOME = Path.of(".warden");

    /** Defaults for everything but the home folder. */
    public static WardenHomeSettings defaults(Path home) {
        return new WardenHomeSettings(home, DEFAULT_PORT, null, null, "k1", Set.of(), IamQuotas.defaults(),
                new JsonPolicyDocumentCheck(), ManagedPolicyDirectory.ANY, PasswordHasher.DEFAULT, Clock.systemUTC(),
                StoreLocation.homeSqlite());
    }

    /**
     * The home folder from, in order: the {@code --home} option, {@code WARDEN_HOME}, {@code ./.warden};
     * the database from {@code WARDEN_DB} when set; and an operator master key from
     * {@code WARDEN_MASTER_KEY} (base64) when set.
     */
    public static WardenHomeSettings fromEnvironment(String homeOption, Map<String, String> env) {
        WardenHomeSettings s = defaults(resolveHome(homeOption, env)).withStore(StoreLocation.resolve(null, env));
        String key = env.get(MASTER_KEY_VARIABLE);
        return key == null || key.isBlank() ? s : s.withOperatorMasterKey(MasterKey.fromBase64(key));
    }

    public static Path resolveHome(String homeOption, Map<String, String> env) {
        if (homeOption != null && !homeOption.isBlank()) {
            return Path.of(homeOption);
        }
        String fromEnv = env.get(HOME_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return DEFAULT_HOME;
    }

    public WardenHomeSettings withPort(int newPort) {
        return new WardenHomeSettings(home, newPort, accountId, operatorMasterKey, tokenKeyId, acceptedTokenKeyIds, quotas,
                policyCheck, awsManagedPolicies, argon2, clock, store);
    }

    public WardenHomeSettings withAccountId(String newAccountId) {
        return new WardenHomeSettings(home, port, newAccountId, operatorMasterKey, tokenKeyId, acceptedTokenKeyIds, quotas,
                policyCheck, awsManagedPolicies, argon2, clock, store);
    }

    public WardenHomeSettings withOperatorMasterKey(MasterKey key) {
        return new WardenHomeSettings(home, port, accountId, key, tokenKeyId, acceptedTokenKeyIds, quotas, policyCheck,
                awsManagedPolicies, argon2, clock, store);
    }

    public WardenHomeSettings withPolicyCheck(PolicyDocumentCheck check, ManagedPolicyDirectory awsPolicies) {
        return new WardenHomeSettings(home, port, accountId, operatorMasterKey, tokenKeyId, acceptedTokenKeyIds, quotas,
                check, awsPolicies, argon2, clock, store);
    }

    public WardenHomeSettings withClock(Clock newClock) {
        return new WardenHomeSettings(home, port, accountId, operatorMasterKey, tokenKeyId, acceptedTokenKeyIds, quotas,
                policyCheck, awsManagedPolicies, argon2, newClock, store);
    }

    public WardenHomeSettings withArgon2(PasswordHasher.Argon2Settings settings) {
        return new WardenHomeSettings(home, port, accountId, operatorMasterKey, tokenKeyId, acceptedTokenKeyIds, quotas,
                policyCheck, awsManagedPolicies, settings, clock, store);
    }

    public WardenHomeSettings withStore(StoreLocation newStore) {
        return new WardenHomeSettings(home, port, accountId, operatorMasterKey, tokenKeyId, acceptedTokenKeyIds, quotas,
                policyCheck, awsManagedPolicies, argon2, clock, newStore);
    }

    @Override
    public String toString() {
        return "WardenHomeSettings[home=" + home + ", port=" + port + ", accountId=" + accountId
                + ", operatorMasterKey=" + (operatorMasterKey == null ? "none" : "****") + ", tokenKeyId=" + tokenKeyId
                + ", store=" + store.describe(home) + "]";
    }
}
