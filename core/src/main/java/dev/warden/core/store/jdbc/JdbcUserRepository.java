package dev.warden.core.store.jdbc;

import dev.warden.core.model.User;
import dev.warden.core.store.ListWindow;
import dev.warden.core.store.StaleVersionException;
import dev.warden.core.store.UserRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

final class JdbcUserRepository implements UserRepository {
    private static final String COLUMNS =
            "user_id, account_id, name, path, boundary_arn, tags_json, created_at, row_version";

    private final SqlRunner sql;

    JdbcUserRepository(SqlRunner sql) {
        this.sql = sql;
    }

    @Override
    public Optional<User> findByName(String accountId, String userName) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM users WHERE account_id = ? AND name_lower = ?",
                JdbcUserRepository::map, accountId, userName.toLowerCase(Locale.ROOT));
    }

    @Override
    public Optional<User> findById(String userId) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM users WHERE user_id = ?", JdbcUserRepository::map, userId);
    }

    @Override
    public void insert(User u) {
        sql.update("INSERT INTO users (user_id, account_id, name, name_lower, path, boundary_arn, tags_json, created_at,"
                        + " row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                u.userId(), u.accountId(), u.userName(), u.userName().toLowerCase(Locale.ROOT), u.path(),
                SqlRunner.nullableText(u.permissionsBoundaryArn()), JsonColumns.tags(u.tags()), u.createDate(),
                u.version());
    }

    @Override
    public void update(User u) {
        int changed = sql.update("UPDATE users SET name = ?, name_lower = ?, path = ?, boundary_arn = ?, tags_json = ?,"
                        + " row_version = row_version + 1 WHERE user_id = ? AND row_version = ?",
                u.userName(), u.userName().toLowerCase(Locale.ROOT), u.path(),
                SqlRunner.nullableText(u.permissionsBoundaryArn()), JsonColumns.tags(u.tags()), u.userId(), u.version());
        if (changed != 1) {
            throw new StaleVersionException("user " + u.userId());
        }
    }

    @Override
    public void delete(String userId) {
        sql.update("DELETE FROM users WHERE user_id = ?", userId);
    }

    @Override
    public List<User> list(String accountId, ListWindow window) {
        List<Object> params = NameWindowQuery.params(accountId);
        String tail = NameWindowQuery.tail(window, "", params);
        return sql.query("SELECT " + COLUMNS + " FROM users WHERE account_id = ?" + tail,
                JdbcUserRepository::map, params.toArray());
    }

    @Override
    public int count(String accountId) {
        return sql.count("SELECT COUNT(*) FROM users WHERE account_id = ?", accountId);
    }

    @Override
    public int countWithBoundary(String policyArn) {
        return sql.count("SELECT COUNT(*) FROM users WHERE boundary_arn = ?", policyArn);
    }

    /** Members of a group, ordered by name. */
    List<User> membersOf(String groupId) {
        return sql.query("SELECT u.user_id, u.account_id, u.name, u.path, u.boundary_arn, u.tags_json, u.created_at,"
                        + " u.row_version FROM users u JOIN group_members m ON m.user_id = u.user_id"
                        + " WHERE m.group_id = ? ORDER BY u.name_lower",
                JdbcUserRepository::map, groupId);
    }

    private static User map(ResultSet rs) throws SQLException {
        return new User(rs.getString("account_id"), rs.getString("user_id"), rs.getString("name"), rs.getString("path"),
                SqlRunner.instant(rs, "created_at"), rs.getString("boundary_arn"),
                JsonColumns.tags(rs.getString("tags_json")), rs.getLong("row_version"));
    }
}
