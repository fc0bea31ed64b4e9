package dev.warden.core.iam;

import dev.warden.core.model.RoleLastUsed;
import dev.warden.core.store.StoreTransaction;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When and in which Region each role was last used (GetRole's and GetAccountAuthorizationDetails'
 * RoleLastUsed). A use is a call signed with one of the role's session credentials, noted with the
 * time from the injected clock and the Region the call was signed for.
 *
 * <p>As for access keys ({@link AccessKeyService#noteUse}): uses noted on the request path stay in
 * memory until {@link #saveNotedUses} stores the latest of each role, so a request never waits for a
 * write, and readers in this process see a noted use at once (the newer of noted and stored wins).
 */
public final class RoleUseService {
    private final IamContext ctx;
    private final Map<String, RoleLastUsed> unsavedUses = new ConcurrentHashMap<>();

    public RoleUseService(IamContext ctx) {
        this.ctx = ctx;
    }

    /** Notes a use in memory only (no store access, never blocks); {@link #saveNotedUses} stores it. */
    public void noteUse(String roleId, String region) {
        unsavedUses.put(roleId, new RoleLastUsed(ctx.now(), region));
    }

    /** Stores a use at once (for callers without a saver, such as tests and one-shot tools). */
    public void recordUse(String roleId, String region) {
        RoleLastUsed used = new RoleLastUsed(ctx.now(), region);
        ctx.store().write(tx -> {
            tx.roles().recordUse(roleId, used);
            return null;
        });
    }

    /**
     * Stores the noted uses in one unit of work and returns how many. A use noted while this runs is
     * kept for the next call; on failure every noted use is kept.
     */
    public int saveNotedUses() {
        if (unsavedUses.isEmpty()) {
            return 0;
        }
        Map<String, RoleLastUsed> batch = new HashMap<>(unsavedUses);
        ctx.store().write(tx -> {
            batch.forEach(tx.roles()::recordUse);
            return null;
        });
        batch.forEach(unsavedUses::remove);
        return batch.size();
    }

    /** The role's last use, empty when it was never used (or does not exist). */
    public Optional<RoleLastUsed> lastUsed(String roleId) {
        return Optional.ofNullable(ctx.store().read(tx -> lastUsed(tx, List.of(roleId))).get(roleId));
    }

    /** The last use of each of the roles that has one, inside a unit of work. */
    Map<String, RoleLastUsed> lastUsed(StoreTransaction tx, Collection<String> roleIds) {
        Map<String, RoleLastUsed> uses = new HashMap<>(tx.roles().lastUsed(roleIds));
        for (String roleId : roleIds) {
            RoleLastUsed noted = unsavedUses.get(roleId);
            if (noted != null) {
                uses.put(roleId, RoleLastUsed.later(uses.get(roleId), noted));
            }
        }
        return uses;
    }
}
