package dev.warden.core.iam;

import dev.warden.core.error.IamException;
import dev.warden.core.model.AccessKeyStatus;
import dev.warden.core.model.Page;
import dev.warden.core.store.StoreTransaction;
import dev.warden.core.store.UserCredentialRepository;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Listing, status changes and deletion of one per-user credential kind (SSH public keys, signing
 * certificates): AWS treats them alike, and a credential is found only through the user who owns it.
 * Callers validate the user name and credential id first, with the rules of their own actions.
 *
 * @param <T> the credential
 */
final class UserCredentials<T> {

    private final IamContext ctx;
    private final Function<StoreTransaction, UserCredentialRepository<T>> repository;
    private final Function<T, String> userId;
    private final Function<T, String> id;
    private final Function<T, Instant> created;
    private final String noun;

    /**
     * @param created when the credential was made or uploaded: lists are oldest first
     * @param noun how NoSuchEntity names the credential ("The NOUN with id … cannot be found.")
     */
    UserCredentials(IamContext ctx, Function<StoreTransaction, UserCredentialRepository<T>> repository,
            Function<T, String> userId, Function<T, String> id, Function<T, Instant> created, String noun) {
        this.ctx = ctx;
        this.repository = repository;
        this.userId = userId;
        this.id = id;
        this.created = created;
        this.noun = noun;
    }

    Page<T> list(String userName, ListOptions options) {
        List<T> credentials = ctx.store().read(tx -> repository.apply(tx)
                .listForUser(EntityLookup.user(tx, ctx.accountId(), userName).userId()));
        return Pagination.pageInMemory(credentials, new ListOptions(null, options.marker(), options.maxItems()),
                c -> Pagination.oldestFirst(created.apply(c), id.apply(c)));
    }

    void updateStatus(String userName, String credentialId, String status) {
        AccessKeyStatus parsed = AccessKeyStatus.parse(status);
        if (parsed == null) {
            throw IamException.validation("status", String.valueOf(status),
                    "Member must satisfy enum value set: [Active, Inactive, Expired]");
        }
        ctx.store().write(tx -> {
            owned(tx, userName, credentialId);
            repository.apply(tx).updateStatus(credentialId, parsed);
            return null;
        });
    }

    void delete(String userName, String credentialId) {
        ctx.store().write(tx -> {
            owned(tx, userName, credentialId);
            repository.apply(tx).delete(credentialId);
            return null;
        });
    }

    /** The credential, when the named user owns it; NoSuchEntity otherwise, whoever else owns it. */
    T owned(StoreTransaction tx, String userName, String credentialId) {
        String ownerId = EntityLookup.user(tx, ctx.accountId(), userName).userId();
        return repository.apply(tx).find(credentialId).filter(c -> userId.apply(c).equals(ownerId))
                .orElseThrow(() -> IamException.noSuchEntity(
                        "The " + noun + " with id " + credentialId + " cannot be found."));
    }
}
