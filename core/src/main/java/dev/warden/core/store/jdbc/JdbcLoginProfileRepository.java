package dev.warden.core.store.jdbc;

import dev.warden.core.model.LoginProfile;
import dev.warden.core.store.LoginProfileRepository;
import dev.warden.core.store.StoredLoginProfile;
import java.util.Optional;

final class JdbcLoginProfileRepository implements LoginProfileRepository {
    private final SqlRunner sql;

    JdbcLoginProfileRepository(SqlRunner sql) {
        this.sql = sql;
    }

    @Override
    public void insert(StoredLoginProfile stored) {
        LoginProfile p = stored.profile();
        sql.update("INSERT INTO login_profiles (user_id, password_hash, password_reset_required, created_at)"
                        + " VALUES (?, ?, ?, ?)",
                p.userId(), stored.passwordHash(), p.passwordResetRequired(), p.createDate());
    }

    @Override
    public Optional<StoredLoginProfile> find(String userId) {
        return sql.queryOne("SELECT l.user_id, u.name, l.password_hash, l.password_reset_required, l.created_at"
                        + " FROM login_profiles l JOIN users u ON u.user_id = l.user_id WHERE l.user_id = ?",
                rs -> new StoredLoginProfile(new LoginProfile(rs.getString("user_id"), rs.getString("name"),
                        SqlRunner.instant(rs, "created_at"), rs.getBoolean("password_reset_required")),
                        rs.getString("password_hash")),
                userId);
    }

    @Override
    public void update(StoredLoginProfile stored) {
        sql.update("UPDATE login_profiles SET password_hash = ?, password_reset_required = ? WHERE user_id = ?",
                stored.passwordHash(), stored.profile().passwordResetRequired(), stored.profile().userId());
    }

    @Override
    public void delete(String userId) {
        sql.update("DELETE FROM login_profiles WHERE user_id = ?", userId);
    }
}
