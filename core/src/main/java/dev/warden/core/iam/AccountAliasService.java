package dev.warden.core.iam;

import dev.warden.core.error.IamException;
import dev.warden.core.model.Page;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Create/Delete/ListAccountAliases. An account carries at most one alias and AWS enforces that by
 * replacement: CreateAccountAlias with a free name swaps out the current one. EntityAlreadyExists
 * means the name itself is taken, by this account or another in the store (aliases are unique
 * across AWS). DeleteAccountAlias names the alias to remove, so a stale name cannot clear a newer one.
 */
public final class AccountAliasService {
    private static final String ALIAS_PATTERN_TEXT = "^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$";
    private static final Pattern ALIAS = Pattern.compile(ALIAS_PATTERN_TEXT);

    private final IamContext ctx;

    public AccountAliasService(IamContext ctx) {
        this.ctx = ctx;
    }

    public void createAccountAlias(String alias) {
        checked(alias);
        ctx.store().write(tx -> {
            if (tx.accountAliases().owner(alias).isPresent()) {
                throw IamException.alreadyExists("The account alias " + alias + " already exists.");
            }
            tx.accountAliases().put(ctx.accountId(), alias, ctx.now());
            return null;
        });
    }

    public void deleteAccountAlias(String alias) {
        checked(alias);
        boolean deleted = ctx.store().write(tx -> tx.accountAliases().delete(ctx.accountId(), alias));
        if (!deleted) {
            throw IamException.noSuchEntity("The account alias " + alias + " cannot be found.");
        }
    }

    /** The account's alias as a list of zero or one, paged like every IAM list. */
    public Page<String> listAccountAliases(ListOptions options) {
        Optional<String> alias = ctx.store().read(tx -> tx.accountAliases().find(ctx.accountId()));
        return Pagination.pageInMemory(alias.map(List::of).orElse(List.of()), options, Function.identity());
    }

    private static void checked(String alias) {
        IamInputRules.required("accountAlias", alias);
        IamInputRules.length("accountAlias", alias, 3, 63);
        IamInputRules.pattern("accountAlias", alias, ALIAS, ALIAS_PATTERN_TEXT);
    }
}
