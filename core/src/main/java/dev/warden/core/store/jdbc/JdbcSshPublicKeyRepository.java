package dev.warden.core.store.jdbc;

import dev.warden.core.model.AccessKeyStatus;
import dev.warden.core.model.SshPublicKey;
import dev.warden.core.store.SshPublicKeyRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

final class JdbcSshPublicKeyRepository implements SshPublicKeyRepository {
    private static final String SELECT = "SELECT k.key_id, k.user_id, u.name AS user_name, k.body, k.fingerprint,"
            + " k.status, k.uploaded_at FROM ssh_public_keys k JOIN users u ON u.user_id = k.user_id";

    private final SqlRunner sql;
    private final UserCredentialTable<SshPublicKey> rows;

    JdbcSshPublicKeyRepository(SqlRunner sql) {
        this.sql = sql;
        this.rows = new UserCredentialTable<>(sql, "ssh_public_keys", SELECT, "k", "key_id",
                "uploaded_at", JdbcSshPublicKeyRepository::map);
    }

    @Override
    public void insert(SshPublicKey key) {
        sql.update("INSERT INTO ssh_public_keys (key_id, user_id, body, fingerprint, status, uploaded_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                key.keyId(), key.userId(), key.body(), key.fingerprint(), key.status().name(), key.uploadDate());
    }

    @Override
    public Optional<SshPublicKey> find(String keyId) {
        return rows.find(keyId);
    }

    @Override
    public List<SshPublicKey> listForUser(String userId) {
        return rows.listForUser(userId);
    }

    @Override
    public void updateStatus(String keyId, AccessKeyStatus status) {
        rows.updateStatus(keyId, status);
    }

    @Override
    public void delete(String keyId) {
        rows.delete(keyId);
    }

    private static SshPublicKey map(ResultSet rs) throws SQLException {
        return new SshPublicKey(rs.getString("key_id"), rs.getString("user_id"), rs.getString("user_name"),
                rs.getString("body"), rs.getString("fingerprint"), AccessKeyStatus.valueOf(rs.getString("status")),
                SqlRunner.instant(rs, "uploaded_at"));
    }
}
