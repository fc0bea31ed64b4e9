package dev.warden.core.store.jdbc;

import dev.warden.core.model.LoginProfile;
import dev.warden.core.store.LoginProfileRepository;
import dev.warden.core.store.StoredLoginProfile;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

final class JdbcLoginProfileRepository implements LoginProfileRepository {
    private static final String SELECT = "SELECT l.user_id, u.name, l.password_hash, l.password_reset_required,"
            + " l.created_at, l.password_changed_at FROM login_profiles l JOIN users u ON u.user_id = l.user_id";

    private final SqlRunner sql;

    JdbcLoginProfileRepository(SqlRunner sql) {
        this.sql = sql;
    }

    @Override
    public void insert(StoredLoginProfile stored) {
        LoginProfile p = stored.profile();
        sql.update("INSERT INTO login_profiles (user_id, password_hash, password_reset_required, created_at,"
                        + " password_changed_at) VALUES (?, ?, ?, ?, ?)",
                p.userId(), stored.passwordHash(), p.passwordResetRequired(), p.createDate(),
                SqlRunner.nullableInstant(stored.passwordChangedAt()));
    }

    @Override
    public Optional<StoredLoginProfile> find(String userId) {
        return sql.queryOne(SELECT + " WHERE l.user_id = ?", JdbcLoginProfileRepository::map, userId);
    }

    @Override
    public List<StoredLoginProfile> listForAccount(String accountId) {
        return sql.query(SELECT + " WHERE u.account_id = ?", JdbcLoginProfileRepository::map, accountId);
    }

    @Override
    public void update(StoredLoginProfile stored) {
        sql.update("UPDATE login_profiles SET password_hash = ?, password_reset_required = ?, password_changed_at = ?"
                        + " WHERE user_id = ?",
                stored.passwordHash(), stored.profile().passwordResetRequired(),
                SqlRunner.nullableInstant(stored.passwordChangedAt()), stored.profile().userId());
    }

    @Override
    public void delete(String userId) {
        sql.update("DELETE FROM login_profiles WHERE user_id = ?", userId);
    }

    private static StoredLoginProfile map(ResultSet rs) throws SQLException {
        Instant created = SqlRunner.instant(rs, "created_at");
        Instant changed = SqlRunner.instant(rs, "password_changed_at");
        return new StoredLoginProfile(new LoginProfile(rs.getString("user_id"), rs.getString("name"), created,
                rs.getBoolean("password_reset_required")), rs.getString("password_hash"),
                changed == null ? created : changed);
    }
}
