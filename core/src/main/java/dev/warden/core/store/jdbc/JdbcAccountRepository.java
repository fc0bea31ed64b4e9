package dev.warden.core.store.jdbc;

import dev.warden.core.model.Account;
import dev.warden.core.store.AccountRepository;
import java.util.List;

final class JdbcAccountRepository implements AccountRepository {
    private final SqlRunner sql;

    JdbcAccountRepository(SqlRunner sql) {
        this.sql = sql;
    }

    @Override
    public void insert(Account account) {
        sql.update("INSERT INTO accounts (account_id, created_at) VALUES (?, ?)", account.accountId(), account.createDate());
    }

    @Override
    public List<Account> all() {
        return sql.query("SELECT account_id, created_at FROM accounts ORDER BY created_at",
                rs -> new Account(rs.getString("account_id"), SqlRunner.instant(rs, "created_at")));
    }
}
