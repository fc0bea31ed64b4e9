package dev.warden.core.store.jdbc;

import dev.warden.core.model.AccessKeyStatus;
import java.util.List;
import java.util.Optional;

/**
 * The statements the per-user credential tables (access_keys, ssh_public_keys, signing_certificates)
 * share: rows keyed by their own id, owned by a user (joined as {@code u} for the user's name and
 * account), with a status, listed oldest first.
 *
 * @param <T> what a row maps to
 */
final class UserCredentialTable<T> {
    private final SqlRunner sql;
    private final SqlRunner.RowMapper<T> map;
    private final String findSql;
    private final String listForUserSql;
    private final String listForAccountSql;
    private final String updateStatusSql;
    private final String deleteSql;

    /**
     * @param select the SELECT … FROM TABLE ALIAS JOIN users u … the rows are read with
     * @param dateColumn when a row was created, the listing order
     */
    UserCredentialTable(SqlRunner sql, String table, String select, String alias, String idColumn,
            String dateColumn, SqlRunner.RowMapper<T> map) {
        this.sql = sql;
        this.map = map;
        String id = alias + "." + idColumn;
        String date = alias + "." + dateColumn;
        this.findSql = select + " WHERE " + id + " = ?";
        this.listForUserSql = select + " WHERE " + alias + ".user_id = ? ORDER BY " + date + ", " + id;
        this.listForAccountSql = select + " WHERE u.account_id = ? ORDER BY " + alias + ".user_id, " + date + ", " + id;
        this.updateStatusSql = "UPDATE " + table + " SET status = ? WHERE " + idColumn + " = ?";
        this.deleteSql = "DELETE FROM " + table + " WHERE " + idColumn + " = ?";
    }

    Optional<T> find(String id) {
        return sql.queryOne(findSql, map, id);
    }

    List<T> listForUser(String userId) {
        return sql.query(listForUserSql, map, userId);
    }

    List<T> listForAccount(String accountId) {
        return sql.query(listForAccountSql, map, accountId);
    }

    void updateStatus(String id, AccessKeyStatus status) {
        sql.update(updateStatusSql, status.name(), id);
    }

    void delete(String id) {
        sql.update(deleteSql, id);
    }
}
