package dev.warden.core.iam;

import dev.warden.core.id.IdPrefix;
import dev.warden.core.model.Role;
import dev.warden.core.model.User;
import dev.warden.core.store.StoreTransaction;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resolves principals against the store inside the caller's unit of work. ARNs must match exactly (path included). */
final class StorePrincipalDirectory implements PrincipalDirectory {
    private static final Pattern ARN = Pattern.compile("arn:aws:iam::([0-9]{12}):(user|role)(/(?:.*/)?)([^/]+)");

    private final String accountId;
    private final StoreTransaction tx;

    StorePrincipalDirectory(String accountId, StoreTransaction tx) {
        this.accountId = accountId;
        this.tx = tx;
    }

    @Override
    public Optional<String> uniqueIdOf(String arn) {
        Matcher m = ARN.matcher(arn);
        if (!m.matches() || !m.group(1).equals(accountId)) {
            return Optional.empty();
        }
        String name = m.group(4);
        if (m.group(2).equals("user")) {
            return tx.users().findByName(accountId, name).filter(u -> u.arn().equals(arn)).map(User::userId);
        }
        return tx.roles().findByName(accountId, name).filter(r -> r.arn().equals(arn)).map(Role::roleId);
    }

    @Override
    public Optional<String> arnOf(String uniqueId) {
        if (IdPrefix.USER.matches(uniqueId)) {
            return tx.users().findById(uniqueId).map(User::arn);
        }
        if (IdPrefix.ROLE.matches(uniqueId)) {
            return tx.roles().findById(uniqueId).map(Role::arn);
        }
        return Optional.empty();
    }
}
