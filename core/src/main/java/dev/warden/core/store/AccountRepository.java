package dev.warden.core.store;

import dev.warden.core.model.Account;
import java.util.List;

public interface AccountRepository {
    void insert(Account account);

    List<Account> all();
}
