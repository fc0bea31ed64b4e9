package dev.warden.core.store.jdbc;

import dev.warden.core.iam.GlobalEndpointTokenVersion;
import dev.warden.core.store.StsPreferencesRepository;
import java.time.Instant;
import java.util.Optional;

final class JdbcStsPreferencesRepository implements StsPreferencesRepository {
    private final SqlRunner sql;

    JdbcStsPreferencesRepository(SqlRunner sql) {
        this.sql = sql;
    }

    @Override
    public Optional<GlobalEndpointTokenVersion> globalEndpointTokenVersion(String accountId) {
        return sql.queryOne("SELECT global_endpoint_token_version FROM sts_preferences WHERE account_id = ?",
                rs -> GlobalEndpointTokenVersion.ofNumber(rs.getInt("global_endpoint_token_version")), accountId);
    }

    @Override
    public void putGlobalEndpointTokenVersion(String accountId, GlobalEndpointTokenVersion version, Instant at) {
        // Delete-then-insert instead of an upsert: ON CONFLICT spelling differs across dialects.
        sql.update("DELETE FROM sts_preferences WHERE account_id = ?", accountId);
        sql.update("INSERT INTO sts_preferences (account_id, global_endpoint_token_version, updated_at) VALUES (?, ?, ?)",
                accountId, version.number(), at);
    }
}
