package dev.warden.core.store.jdbc;

import dev.warden.core.model.Role;
import dev.warden.core.model.RoleLastUsed;
import dev.warden.core.store.ListWindow;
import dev.warden.core.store.RoleRepository;
import dev.warden.core.store.StaleVersionException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

final class JdbcRoleRepository implements RoleRepository {
    private static final String COLUMNS = "role_id, account_id, name, path, trust_policy, description,"
            + " max_session_duration, boundary_arn, tags_json, created_at, row_version";
    /** The same columns of a table aliased {@code r}, for queries that join roles. */
    static final String ALIASED_COLUMNS = "r.role_id, r.account_id, r.name, r.path, r.trust_policy, r.description,"
            + " r.max_session_duration, r.boundary_arn, r.tags_json, r.created_at, r.row_version";

    private final SqlRunner sql;

    JdbcRoleRepository(SqlRunner sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Role> findByName(String accountId, String roleName) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM roles WHERE account_id = ? AND name_lower = ?",
                JdbcRoleRepository::map, accountId, roleName.toLowerCase(Locale.ROOT));
    }

    @Override
    public Optional<Role> findById(String roleId) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM roles WHERE role_id = ?", JdbcRoleRepository::map, roleId);
    }

    @Override
    public void insert(Role r) {
        sql.update("INSERT INTO roles (role_id, account_id, name, name_lower, path, trust_policy, description,"
                        + " max_session_duration, boundary_arn, tags_json, created_at, row_version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                r.roleId(), r.accountId(), r.roleName(), r.roleName().toLowerCase(Locale.ROOT), r.path(),
                r.assumeRolePolicyDocument(), SqlRunner.nullableText(r.description()), r.maxSessionDuration(),
                SqlRunner.nullableText(r.permissionsBoundaryArn()), JsonColumns.tags(r.tags()), r.createDate(),
                r.version());
    }

    @Override
    public void update(Role r) {
        int changed = sql.update("UPDATE roles SET trust_policy = ?, description = ?, max_session_duration = ?,"
                        + " boundary_arn = ?, tags_json = ?, row_version = row_version + 1"
                        + " WHERE role_id = ? AND row_version = ?",
                r.assumeRolePolicyDocument(), SqlRunner.nullableText(r.description()), r.maxSessionDuration(),
                SqlRunner.nullableText(r.permissionsBoundaryArn()), JsonColumns.tags(r.tags()), r.roleId(), r.version());
        if (changed != 1) {
            throw new StaleVersionException("role " + r.roleId());
        }
    }

    @Override
    public void delete(String roleId) {
        sql.update("DELETE FROM role_last_used WHERE role_id = ?", roleId);
        sql.update("DELETE FROM roles WHERE role_id = ?", roleId);
    }

    @Override
    public List<Role> list(String accountId, ListWindow window) {
        List<Object> params = NameWindowQuery.params(accountId);
        String tail = NameWindowQuery.tail(window, "", params);
        return sql.query("SELECT " + COLUMNS + " FROM roles WHERE account_id = ?" + tail,
                JdbcRoleRepository::map, params.toArray());
    }

    @Override
    public int count(String accountId) {
        return sql.count("SELECT COUNT(*) FROM roles WHERE account_id = ?", accountId);
    }

    @Override
    public int countWithBoundary(String policyArn) {
        return sql.count("SELECT COUNT(*) FROM roles WHERE boundary_arn = ?", policyArn);
    }

    @Override
    public void recordUse(String roleId, RoleLastUsed lastUsed) {
        // The EXISTS keeps a use noted just before the role was deleted from failing the whole batch.
        sql.update("INSERT INTO role_last_used (role_id, last_used_at, last_used_region)"
                        + " SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM roles WHERE role_id = ?)"
                        + " ON CONFLICT (role_id) DO UPDATE SET last_used_at = excluded.last_used_at,"
                        + " last_used_region = excluded.last_used_region"
                        + " WHERE role_last_used.last_used_at <= excluded.last_used_at",
                roleId, lastUsed.date(), SqlRunner.nullableText(lastUsed.region()), roleId);
    }

    @Override
    public Map<String, RoleLastUsed> lastUsed(Collection<String> roleIds) {
        Map<String, RoleLastUsed> uses = new HashMap<>();
        if (roleIds.isEmpty()) {
            return uses;
        }
        record Use(String roleId, RoleLastUsed lastUsed) {
        }
        sql.query("SELECT role_id, last_used_at, last_used_region FROM role_last_used WHERE role_id IN "
                        + InList.of(roleIds),
                rs -> new Use(rs.getString("role_id"), new RoleLastUsed(SqlRunner.instant(rs, "last_used_at"),
                        rs.getString("last_used_region"))), roleIds.toArray())
                .forEach(use -> uses.put(use.roleId(), use.lastUsed()));
        return uses;
    }

    static Role map(ResultSet rs) throws SQLException {
        return new Role(rs.getString("account_id"), rs.getString("role_id"), rs.getString("name"), rs.getString("path"),
                rs.getString("trust_policy"), rs.getString("description"), rs.getInt("max_session_duration"),
                rs.getString("boundary_arn"), JsonColumns.tags(rs.getString("tags_json")),
                SqlRunner.instant(rs, "created_at"), rs.getLong("row_version"));
    }
}
