package dev.warden.core.iam;

import dev.warden.core.id.AccountId;
import dev.warden.core.id.UniqueIdGenerator;
import dev.warden.core.secret.MasterKey;
import dev.warden.core.secret.PasswordHasher;
import dev.warden.core.secret.SecretAtRestCipher;
import dev.warden.core.store.Store;
import dev.warden.core.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A real SQLite-backed Iam in a temp folder, with a fixed clock and cheap Argon2 settings. */
final class IamFixture implements AutoCloseable {
    static final String ACCOUNT = "123456789012";
    static final Instant NOW = Instant.parse("2026-01-02T03:04:05.678Z");

    final Store store;
    final Iam iam;

    IamFixture(Path dir) {
        this(dir, IamQuotas.defaults());
    }

    IamFixture(Path dir, IamQuotas quotas) {
        this(SqliteStore.open(dir.resolve("warden.db")), quotas);
    }

    IamFixture(Store store, IamQuotas quotas) {
        this(store, quotas, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    IamFixture(Path dir, Clock clock) {
        this(SqliteStore.open(dir.resolve("warden.db")), IamQuotas.defaults(), clock);
    }

    IamFixture(Store store, IamQuotas quotas, Clock clock) {
        SecureRandom random = new SecureRandom();
        this.store = store;
        IamContext ctx = new IamContext(AccountId.of(ACCOUNT), store, clock, random,
                new UniqueIdGenerator(random), quotas, new JsonPolicyDocumentCheck(), ManagedPolicyDirectory.ANY,
                new SecretAtRestCipher(MasterKey.generate(random), random),
                new PasswordHasher(new PasswordHasher.Argon2Settings(64, 1, 1), random));
        iam = new Iam(ctx);
        iam.ensureAccount();
    }

    static String allowAll() {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}";
    }

    static String trust(String... awsPrincipals) {
        StringBuilder list = new StringBuilder();
        for (String p : awsPrincipals) {
            list.append(list.length() == 0 ? "" : ",").append('"').append(p).append('"');
        }
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[" + list
                + "]},\"Action\":\"sts:AssumeRole\"}]}";
    }

    @Override
    public void close() {
        store.close();
    }
}
