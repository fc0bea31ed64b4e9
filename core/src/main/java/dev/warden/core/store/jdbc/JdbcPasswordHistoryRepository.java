package dev.warden.core.store.jdbc;

import dev.warden.core.store.PasswordHistoryRepository;
import java.time.Instant;
import java.util.List;

final class JdbcPasswordHistoryRepository implements PasswordHistoryRepository {
    private final SqlRunner sql;

    JdbcPasswordHistoryRepository(SqlRunner sql) {
        this.sql = sql;
    }

    @Override
    public void add(String userId, String passwordHash, Instant replacedAt) {
        sql.update("INSERT INTO password_history (user_id, generation, password_hash, replaced_at) VALUES (?,"
                        + " (SELECT COALESCE(MAX(generation), 0) + 1 FROM password_history WHERE user_id = ?), ?, ?)",
                userId, userId, passwordHash, replacedAt);
    }

    @Override
    public List<String> latest(String userId, int limit) {
        return sql.query("SELECT password_hash FROM password_history WHERE user_id = ? ORDER BY generation DESC"
                + " LIMIT ?", rs -> rs.getString("password_hash"), userId, limit);
    }

    @Override
    public void trim(String userId, int keep) {
        sql.update("DELETE FROM password_history WHERE user_id = ? AND generation <= (SELECT MAX(generation)"
                + " FROM password_history WHERE user_id = ?) - ?", userId, userId, (long) keep);
    }

    @Override
    public void deleteForUser(String userId) {
        sql.update("DELETE FROM password_history WHERE user_id = ?", userId);
    }
}
