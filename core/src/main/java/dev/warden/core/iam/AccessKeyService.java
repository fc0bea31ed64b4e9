package dev.warden.core.iam;

import dev.warden.core.error.IamException;
import dev.warden.core.id.IdPrefix;
import dev.warden.core.model.AccessKey;
import dev.warden.core.model.AccessKeyLastUsed;
import dev.warden.core.model.AccessKeyStatus;
import dev.warden.core.model.Page;
import dev.warden.core.model.User;
import dev.warden.core.secret.SecretAccessKey;
import dev.warden.core.store.StoredAccessKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Long-term access keys (AKIA...): at most two per user; the secret is encrypted at rest with the
 * access key id as associated data and returned only by createAccessKey.
 *
 * <p>Uses noted on the request path ({@link #noteUse}) stay in memory until {@link #saveNotedUses}
 * stores them, so a request never waits for a write; GetAccessKeyLastUsed in this process sees a noted
 * use at once. {@link #keyChanges()} counts status changes and deletions, for caches of credentials.
 */
public final class AccessKeyService {
    private final IamContext ctx;
    private final Map<String, AccessKeyLastUsed> unsavedUses = new ConcurrentHashMap<>();
    private final AtomicLong keyChanges = new AtomicLong();

    public AccessKeyService(IamContext ctx) {
        this.ctx = ctx;
    }

    /** CreateAccessKey for the named user (the wire layer fills in the caller when UserName is omitted). */
    public CreatedAccessKey createAccessKey(String userName) {
        String name = IamInputRules.userName(userName);
        SecretAccessKey secret = SecretAccessKey.generate(ctx.random());
        AccessKey key = ctx.store().write(tx -> {
            User user = EntityLookup.user(tx, ctx.accountId(), name);
            if (tx.accessKeys().listForUser(user.userId()).size() >= ctx.quotas().accessKeysPerUser()) {
                throw IamException.limitExceeded(
                        "Cannot exceed quota for AccessKeysPerUser: " + ctx.quotas().accessKeysPerUser());
            }
            String id = ctx.ids().next(IdPrefix.ACCESS_KEY);
            AccessKey created = new AccessKey(id, user.userId(), user.userName(), AccessKeyStatus.Active, ctx.now(), null);
            tx.accessKeys().insert(new StoredAccessKey(created, ctx.secretCipher().encrypt(secret, id)));
            return created;
        });
        return new CreatedAccessKey(key, secret);
    }

    public Page<AccessKey> listAccessKeys(String userName, ListOptions options) {
        String name = IamInputRules.userName(userName);
        List<AccessKey> keys = ctx.store().read(tx -> {
            User user = EntityLookup.user(tx, ctx.accountId(), name);
            return tx.accessKeys().listForUser(user.userId()).stream().map(StoredAccessKey::key).toList();
        });
        return Pagination.pageInMemory(keys, new ListOptions(null, options.marker(), options.maxItems()),
                k -> Pagination.oldestFirst(k.createDate(), k.accessKeyId()));
    }

    public void updateAccessKey(AccessKeyRequests.UpdateAccessKey request) {
        String name = IamInputRules.userName(request.userName());
        String keyId = IamInputRules.accessKeyId(request.accessKeyId());
        AccessKeyStatus status = AccessKeyStatus.parse(request.status());
        if (status == null) {
            throw IamException.validation("status", String.valueOf(request.status()),
                    "Member must satisfy enum value set: [Active, Inactive]");
        }
        try {
            ctx.store().write(tx -> {
                ownedKey(tx, name, keyId);
                tx.accessKeys().updateStatus(keyId, status);
                return null;
            });
        } finally {
            keyChanges.incrementAndGet();
        }
    }

    public void deleteAccessKey(AccessKeyRequests.DeleteAccessKey request) {
        String name = IamInputRules.userName(request.userName());
        String keyId = IamInputRules.accessKeyId(request.accessKeyId());
        try {
            ctx.store().write(tx -> {
                ownedKey(tx, name, keyId);
                tx.accessKeys().delete(keyId);
                return null;
            });
        } finally {
            keyChanges.incrementAndGet();
            unsavedUses.remove(keyId);
        }
    }

    public AccessKeyRequests.AccessKeyLastUsedResult getAccessKeyLastUsed(String accessKeyId) {
        String keyId = IamInputRules.accessKeyId(accessKeyId);
        return ctx.store().read(tx -> tx.accessKeys().find(keyId)
                .map(k -> new AccessKeyRequests.AccessKeyLastUsedResult(k.key().userName(),
                        later(unsavedUses.get(keyId), k.key().lastUsed())))
                .orElseThrow(() -> noSuchKey(keyId)));
    }

    /**
     * For request authentication: the key, its owner and decrypted secret, whatever its status (the
     * caller rejects inactive keys). Empty when no such long-term key exists.
     */
    public Optional<AccessKeyCredential> findCredential(String accessKeyId) {
        if (accessKeyId == null || !IdPrefix.ACCESS_KEY.matches(accessKeyId)) {
            return Optional.empty();
        }
        return ctx.store().read(tx -> tx.accessKeys().find(accessKeyId).flatMap(stored ->
                tx.users().findById(stored.key().userId()).map(user -> new AccessKeyCredential(stored.key(), user,
                        ctx.secretCipher().decrypt(stored.encryptedSecret(), accessKeyId)))));
    }

    /** Records a successful use of the key, as GetAccessKeyLastUsed reports it. */
    public void recordUse(String accessKeyId, String serviceName, String region) {
        AccessKeyLastUsed used = new AccessKeyLastUsed(ctx.now(), serviceName, region);
        ctx.store().write(tx -> {
            tx.accessKeys().recordUse(accessKeyId, used);
            return null;
        });
    }

    /**
     * Notes a successful use in memory only (no store access, never blocks); {@link #saveNotedUses}
     * stores the latest noted use of each key.
     */
    public void noteUse(String accessKeyId, String serviceName, String region) {
        unsavedUses.put(accessKeyId, new AccessKeyLastUsed(ctx.now(), serviceName, region));
    }

    /**
     * Stores the noted uses in one unit of work and returns how many. A use noted while this runs is
     * kept for the next call; on failure every noted use is kept.
     */
    public int saveNotedUses() {
        if (unsavedUses.isEmpty()) {
            return 0;
        }
        Map<String, AccessKeyLastUsed> batch = new HashMap<>(unsavedUses);
        ctx.store().write(tx -> {
            batch.forEach(tx.accessKeys()::recordUse);
            return null;
        });
        batch.forEach(unsavedUses::remove);
        return batch.size();
    }

    /** Grows with every status change or deletion of a key (made through this service). */
    public long keyChanges() {
        return keyChanges.get();
    }

    private static AccessKeyLastUsed later(AccessKeyLastUsed noted, AccessKeyLastUsed stored) {
        if (noted == null) {
            return stored;
        }
        return stored == null || stored.date() == null || !stored.date().isAfter(noted.date()) ? noted : stored;
    }

    private StoredAccessKey ownedKey(dev.warden.core.store.StoreTransaction tx, String userName, String keyId) {
        User user = EntityLookup.user(tx, ctx.accountId(), userName);
        return tx.accessKeys().find(keyId).filter(k -> k.key().userId().equals(user.userId()))
                .orElseThrow(() -> noSuchKey(keyId));
    }

    private static IamException noSuchKey(String keyId) {
        return IamException.noSuchEntity("The Access Key with id " + keyId + " cannot be found.");
    }
}
