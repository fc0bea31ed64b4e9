package dev.warden.core.store.jdbc;

import dev.warden.core.model.AccessKey;
import dev.warden.core.model.AccessKeyLastUsed;
import dev.warden.core.model.AccessKeyStatus;
import dev.warden.core.store.AccessKeyRepository;
import dev.warden.core.store.StoredAccessKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

final class JdbcAccessKeyRepository implements AccessKeyRepository {
    private static final String SELECT = "SELECT k.access_key_id, k.user_id, u.name AS user_name, k.status,"
            + " k.secret_ciphertext, k.created_at, k.last_used_at, k.last_used_service, k.last_used_region"
            + " FROM access_keys k JOIN users u ON u.user_id = k.user_id";

    private final SqlRunner sql;
    private final UserCredentialTable<StoredAccessKey> rows;

    JdbcAccessKeyRepository(SqlRunner sql) {
        this.sql = sql;
        this.rows = new UserCredentialTable<>(sql, "access_keys", SELECT, "k", "access_key_id",
                "created_at", JdbcAccessKeyRepository::map);
    }

    @Override
    public void insert(StoredAccessKey stored) {
        AccessKey k = stored.key();
        sql.update("INSERT INTO access_keys (access_key_id, user_id, status, secret_ciphertext, created_at)"
                        + " VALUES (?, ?, ?, ?, ?)",
                k.accessKeyId(), k.userId(), k.status().name(), stored.encryptedSecret(), k.createDate());
    }

    @Override
    public Optional<StoredAccessKey> find(String accessKeyId) {
        return rows.find(accessKeyId);
    }

    @Override
    public List<StoredAccessKey> listForUser(String userId) {
        return rows.listForUser(userId);
    }

    @Override
    public List<StoredAccessKey> listForAccount(String accountId) {
        return rows.listForAccount(accountId);
    }

    @Override
    public void updateStatus(String accessKeyId, AccessKeyStatus status) {
        rows.updateStatus(accessKeyId, status);
    }

    @Override
    public void recordUse(String accessKeyId, AccessKeyLastUsed lastUsed) {
        sql.update("UPDATE access_keys SET last_used_at = ?, last_used_service = ?, last_used_region = ?"
                        + " WHERE access_key_id = ?",
                lastUsed.date(), lastUsed.serviceName(), lastUsed.region(), accessKeyId);
    }

    @Override
    public void delete(String accessKeyId) {
        rows.delete(accessKeyId);
    }

    private static StoredAccessKey map(ResultSet rs) throws SQLException {
        Instant lastUsedAt = SqlRunner.instant(rs, "last_used_at");
        AccessKeyLastUsed lastUsed = lastUsedAt == null ? null
                : new AccessKeyLastUsed(lastUsedAt, rs.getString("last_used_service"), rs.getString("last_used_region"));
        AccessKey key = new AccessKey(rs.getString("access_key_id"), rs.getString("user_id"), rs.getString("user_name"),
                AccessKeyStatus.valueOf(rs.getString("status")), SqlRunner.instant(rs, "created_at"), lastUsed);
        return new StoredAccessKey(key, rs.getString("secret_ciphertext"));
    }
}
