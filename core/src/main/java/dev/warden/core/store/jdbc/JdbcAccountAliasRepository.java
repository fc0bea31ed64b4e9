package dev.warden.core.store.jdbc;

import dev.warden.core.store.AccountAliasRepository;
import java.time.Instant;
import java.util.Optional;

final class JdbcAccountAliasRepository implements AccountAliasRepository {
    private final SqlRunner sql;

    JdbcAccountAliasRepository(SqlRunner sql) {
        this.sql = sql;
    }

    @Override
    public Optional<String> find(String accountId) {
        return sql.queryOne("SELECT alias FROM account_aliases WHERE account_id = ?", rs -> rs.getString("alias"),
                accountId);
    }

    @Override
    public Optional<String> owner(String alias) {
        return sql.queryOne("SELECT account_id FROM account_aliases WHERE alias = ?", rs -> rs.getString("account_id"),
                alias);
    }

    @Override
    public void put(String accountId, String alias, Instant at) {
        // Delete-then-insert instead of an upsert: ON CONFLICT spelling differs across dialects.
        sql.update("DELETE FROM account_aliases WHERE account_id = ?", accountId);
        sql.update("INSERT INTO account_aliases (account_id, alias, created_at) VALUES (?, ?, ?)", accountId, alias, at);
    }

    @Override
    public boolean delete(String accountId, String alias) {
        return sql.update("DELETE FROM account_aliases WHERE account_id = ? AND alias = ?", accountId, alias) > 0;
    }
}
