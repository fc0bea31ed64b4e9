package dev.warden.core.store.jdbc;

import dev.warden.core.model.InstanceProfile;
import dev.warden.core.model.Role;
import dev.warden.core.store.InstanceProfileRepository;
import dev.warden.core.store.ListWindow;
import dev.warden.core.store.StaleVersionException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

final class JdbcInstanceProfileRepository implements InstanceProfileRepository {
    private static final String COLUMNS = "p.instance_profile_id, p.account_id, p.name, p.path, p.tags_json,"
            + " p.created_at, p.row_version";

    private final SqlRunner sql;

    JdbcInstanceProfileRepository(SqlRunner sql) {
        this.sql = sql;
    }

    @Override
    public Optional<InstanceProfile> findByName(String accountId, String name) {
        return withRoles(sql.query("SELECT " + COLUMNS + " FROM instance_profiles p WHERE p.account_id = ?"
                + " AND p.name_lower = ?", JdbcInstanceProfileRepository::map, accountId, name.toLowerCase(Locale.ROOT)))
                .stream().findFirst();
    }

    @Override
    public void insert(InstanceProfile p) {
        sql.update("INSERT INTO instance_profiles (instance_profile_id, account_id, name, name_lower, path, tags_json,"
                        + " created_at, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                p.instanceProfileId(), p.accountId(), p.instanceProfileName(),
                p.instanceProfileName().toLowerCase(Locale.ROOT), p.path(), JsonColumns.tags(p.tags()), p.createDate(),
                p.version());
    }

    @Override
    public void update(InstanceProfile p) {
        int changed = sql.update("UPDATE instance_profiles SET tags_json = ?, row_version = row_version + 1"
                + " WHERE instance_profile_id = ? AND row_version = ?",
                JsonColumns.tags(p.tags()), p.instanceProfileId(), p.version());
        if (changed != 1) {
            throw new StaleVersionException("instance profile " + p.instanceProfileId());
        }
    }

    @Override
    public void delete(String instanceProfileId) {
        sql.update("DELETE FROM instance_profile_roles WHERE instance_profile_id = ?", instanceProfileId);
        sql.update("DELETE FROM instance_profiles WHERE instance_profile_id = ?", instanceProfileId);
    }

    @Override
    public List<InstanceProfile> list(String accountId, ListWindow window) {
        List<Object> params = NameWindowQuery.params(accountId);
        String tail = NameWindowQuery.tail(window, "p.", params);
        return withRoles(sql.query("SELECT " + COLUMNS + " FROM instance_profiles p WHERE p.account_id = ?" + tail,
                JdbcInstanceProfileRepository::map, params.toArray()));
    }

    @Override
    public int count(String accountId) {
        return sql.count("SELECT COUNT(*) FROM instance_profiles WHERE account_id = ?", accountId);
    }

    @Override
    public void addRole(String instanceProfileId, String roleId, Instant at) {
        sql.update("INSERT INTO instance_profile_roles (instance_profile_id, role_id, added_at) VALUES (?, ?, ?)",
                instanceProfileId, roleId, at);
    }

    @Override
    public boolean removeRole(String instanceProfileId, String roleId) {
        return sql.update("DELETE FROM instance_profile_roles WHERE instance_profile_id = ? AND role_id = ?",
                instanceProfileId, roleId) > 0;
    }

    @Override
    public List<InstanceProfile> forRole(String roleId) {
        return forRoles(List.of(roleId)).getOrDefault(roleId, List.of());
    }

    @Override
    public Map<String, List<InstanceProfile>> forRoles(Collection<String> roleIds) {
        if (roleIds.isEmpty()) {
            return Map.of();
        }
        record Holding(String roleId, InstanceProfile profile) {
        }
        List<Holding> rows = sql.query("SELECT m.role_id AS holder_role_id, " + COLUMNS
                        + " FROM instance_profile_roles m JOIN instance_profiles p"
                        + " ON p.instance_profile_id = m.instance_profile_id"
                        + " WHERE m.role_id IN " + InList.of(roleIds) + " ORDER BY p.name_lower",
                rs -> new Holding(rs.getString("holder_role_id"), map(rs)), roleIds.toArray());
        Map<String, InstanceProfile> loaded = new LinkedHashMap<>();
        for (InstanceProfile p : withRoles(rows.stream().map(Holding::profile).distinct().toList())) {
            loaded.put(p.instanceProfileId(), p);
        }
        Map<String, List<InstanceProfile>> byRole = new LinkedHashMap<>();
        for (Holding h : rows) {
            byRole.computeIfAbsent(h.roleId(), k -> new ArrayList<>()).add(loaded.get(h.profile().instanceProfileId()));
        }
        return byRole;
    }

    /** Fills in the roles of a batch of profiles with one query. */
    private List<InstanceProfile> withRoles(List<InstanceProfile> profiles) {
        if (profiles.isEmpty()) {
            return profiles;
        }
        List<String> ids = profiles.stream().map(InstanceProfile::instanceProfileId).toList();
        record Member(String profileId, Role role) {
        }
        List<Member> members = sql.query("SELECT m.instance_profile_id AS member_of, " + JdbcRoleRepository.ALIASED_COLUMNS
                        + " FROM instance_profile_roles m JOIN roles r ON r.role_id = m.role_id"
                        + " WHERE m.instance_profile_id IN " + InList.of(ids) + " ORDER BY m.added_at, r.name_lower",
                rs -> new Member(rs.getString("member_of"), JdbcRoleRepository.map(rs)), ids.toArray());
        Map<String, List<Role>> roles = new LinkedHashMap<>();
        for (Member m : members) {
            roles.computeIfAbsent(m.profileId(), k -> new ArrayList<>()).add(m.role());
        }
        return profiles.stream().map(p -> p.withRoles(roles.getOrDefault(p.instanceProfileId(), List.of()))).toList();
    }

    private static InstanceProfile map(ResultSet rs) throws SQLException {
        return new InstanceProfile(rs.getString("account_id"), rs.getString("instance_profile_id"), rs.getString("name"),
                rs.getString("path"), SqlRunner.instant(rs, "created_at"), JsonColumns.tags(rs.getString("tags_json")),
                List.of(), rs.getLong("row_version"));
    }
}
