package dev.warden.core.store.jdbc;

import dev.warden.core.model.Group;
import dev.warden.core.model.User;
import dev.warden.core.store.GroupRepository;
import dev.warden.core.store.ListWindow;
import dev.warden.core.store.StaleVersionException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

final class JdbcGroupRepository implements GroupRepository {
    private static final String COLUMNS = "group_id, account_id, name, path, created_at, row_version";

    private final SqlRunner sql;

    JdbcGroupRepository(SqlRunner sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Group> findByName(String accountId, String groupName) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM iam_groups WHERE account_id = ? AND name_lower = ?",
                JdbcGroupRepository::map, accountId, groupName.toLowerCase(Locale.ROOT));
    }

    @Override
    public Optional<Group> findById(String groupId) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM iam_groups WHERE group_id = ?", JdbcGroupRepository::map, groupId);
    }

    @Override
    public void insert(Group g) {
        sql.update("INSERT INTO iam_groups (group_id, account_id, name, name_lower, path, created_at, row_version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                g.groupId(), g.accountId(), g.groupName(), g.groupName().toLowerCase(Locale.ROOT), g.path(),
                g.createDate(), g.version());
    }

    @Override
    public void update(Group g) {
        int changed = sql.update("UPDATE iam_groups SET name = ?, name_lower = ?, path = ?, row_version = row_version + 1"
                        + " WHERE group_id = ? AND row_version = ?",
                g.groupName(), g.groupName().toLowerCase(Locale.ROOT), g.path(), g.groupId(), g.version());
        if (changed != 1) {
            throw new StaleVersionException("group " + g.groupId());
        }
    }

    @Override
    public void delete(String groupId) {
        sql.update("DELETE FROM iam_groups WHERE group_id = ?", groupId);
    }

    @Override
    public List<Group> list(String accountId, ListWindow window) {
        List<Object> params = NameWindowQuery.params(accountId);
        String tail = NameWindowQuery.tail(window, "", params);
        return sql.query("SELECT " + COLUMNS + " FROM iam_groups WHERE account_id = ?" + tail,
                JdbcGroupRepository::map, params.toArray());
    }

    @Override
    public int count(String accountId) {
        return sql.count("SELECT COUNT(*) FROM iam_groups WHERE account_id = ?", accountId);
    }

    @Override
    public boolean addMember(String groupId, String userId, Instant at) {
        if (sql.count("SELECT COUNT(*) FROM group_members WHERE group_id = ? AND user_id = ?", groupId, userId) > 0) {
            return false;
        }
        sql.update("INSERT INTO group_members (group_id, user_id, added_at) VALUES (?, ?, ?)", groupId, userId, at);
        return true;
    }

    @Override
    public boolean removeMember(String groupId, String userId) {
        return sql.update("DELETE FROM group_members WHERE group_id = ? AND user_id = ?", groupId, userId) > 0;
    }

    @Override
    public List<User> members(String groupId) {
        return new JdbcUserRepository(sql).membersOf(groupId);
    }

    @Override
    public int countMembers(String groupId) {
        return sql.count("SELECT COUNT(*) FROM group_members WHERE group_id = ?", groupId);
    }

    @Override
    public List<Group> groupsOf(String userId) {
        return sql.query("SELECT g.group_id, g.account_id, g.name, g.path, g.created_at, g.row_version"
                        + " FROM iam_groups g JOIN group_members m ON m.group_id = g.group_id"
                        + " WHERE m.user_id = ? ORDER BY g.name_lower",
                JdbcGroupRepository::map, userId);
    }

    @Override
    public Map<String, List<Group>> groupsOfUsers(Collection<String> userIds) {
        Map<String, List<Group>> byUser = new LinkedHashMap<>();
        if (userIds.isEmpty()) {
            return byUser;
        }
        record Row(String userId, Group group) {
        }
        for (Row row : sql.query("SELECT m.user_id AS member_id, g.group_id, g.account_id, g.name, g.path, g.created_at,"
                        + " g.row_version FROM iam_groups g JOIN group_members m ON m.group_id = g.group_id"
                        + " WHERE m.user_id IN " + InList.of(userIds) + " ORDER BY m.user_id, g.name_lower",
                rs -> new Row(rs.getString("member_id"), map(rs)), userIds.toArray())) {
            byUser.computeIfAbsent(row.userId(), k -> new ArrayList<>()).add(row.group());
        }
        return byUser;
    }

    @Override
    public Map<String, List<Group>> groupsOfUsersInAccount(String accountId) {
        Map<String, List<Group>> byUser = new LinkedHashMap<>();
        record Row(String userId, Group group) {
        }
        for (Row row : sql.query("SELECT m.user_id AS member_id, g.group_id, g.account_id, g.name, g.path, g.created_at,"
                        + " g.row_version FROM iam_groups g JOIN group_members m ON m.group_id = g.group_id"
                        + " WHERE g.account_id = ? ORDER BY m.user_id, g.name_lower",
                rs -> new Row(rs.getString("member_id"), map(rs)), accountId)) {
            byUser.computeIfAbsent(row.userId(), k -> new ArrayList<>()).add(row.group());
        }
        return byUser;
    }

    private static Group map(ResultSet rs) throws SQLException {
        return new Group(rs.getString("account_id"), rs.getString("group_id"), rs.getString("name"), rs.getString("path"),
                SqlRunner.instant(rs, "created_at"), rs.getLong("row_version"));
    }
}
