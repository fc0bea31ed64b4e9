package dev.warden.core.store.jdbc;

import dev.warden.core.model.PasswordPolicy;
import dev.warden.core.store.PasswordPolicyRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

final class JdbcPasswordPolicyRepository implements PasswordPolicyRepository {
    private static final SqlRunner.SqlNull NULL_INTEGER = new SqlRunner.SqlNull(Types.INTEGER);
    private static final SqlRunner.SqlNull NULL_BOOLEAN = new SqlRunner.SqlNull(Types.BOOLEAN);

    private final SqlRunner sql;

    JdbcPasswordPolicyRepository(SqlRunner sql) {
        this.sql = sql;
    }

    @Override
    public Optional<PasswordPolicy> find(String accountId) {
        return sql.queryOne("SELECT minimum_length, require_symbols, require_numbers, require_uppercase,"
                + " require_lowercase, allow_users_to_change, max_password_age_days, password_reuse_prevention,"
                + " hard_expiry FROM password_policies WHERE account_id = ?", JdbcPasswordPolicyRepository::map,
                accountId);
    }

    @Override
    public void put(String accountId, PasswordPolicy p, Instant at) {
        // Delete-then-insert instead of an upsert: ON CONFLICT spelling differs across dialects.
        sql.update("DELETE FROM password_policies WHERE account_id = ?", accountId);
        sql.update("INSERT INTO password_policies (account_id, minimum_length, require_symbols, require_numbers,"
                        + " require_uppercase, require_lowercase, allow_users_to_change, max_password_age_days,"
                        + " password_reuse_prevention, hard_expiry, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                accountId, p.minimumPasswordLength(), p.requireSymbols(), p.requireNumbers(),
                p.requireUppercaseCharacters(), p.requireLowercaseCharacters(), p.allowUsersToChangePassword(),
                p.maxPasswordAgeDays() == null ? NULL_INTEGER : p.maxPasswordAgeDays(),
                p.passwordReusePrevention() == null ? NULL_INTEGER : p.passwordReusePrevention(),
                p.hardExpiry() == null ? NULL_BOOLEAN : p.hardExpiry(), at);
    }

    @Override
    public boolean delete(String accountId) {
        return sql.update("DELETE FROM password_policies WHERE account_id = ?", accountId) > 0;
    }

    private static PasswordPolicy map(ResultSet rs) throws SQLException {
        int maxAge = rs.getInt("max_password_age_days");
        Integer maxAgeDays = rs.wasNull() ? null : maxAge;
        int reuse = rs.getInt("password_reuse_prevention");
        Integer reusePrevention = rs.wasNull() ? null : reuse;
        boolean hard = rs.getBoolean("hard_expiry");
        Boolean hardExpiry = rs.wasNull() ? null : hard;
        return new PasswordPolicy(rs.getInt("minimum_length"), rs.getBoolean("require_symbols"),
                rs.getBoolean("require_numbers"), rs.getBoolean("require_uppercase"), rs.getBoolean("require_lowercase"),
                rs.getBoolean("allow_users_to_change"), maxAgeDays, reusePrevention, hardExpiry);
    }
}
