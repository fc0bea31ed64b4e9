package dev.warden.server.authz;

import dev.warden.core.iam.Iam;
import dev.warden.core.model.Role;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Roles by ARN for STS AssumeRole (the trust decision and the handler both need the role), valid for
 * one {@link PolicyGeneration}: any IAM write makes every entry stale, so a changed trust policy,
 * MaxSessionDuration or tag, or a deleted and recreated role, is seen by the next call. Without it
 * each AssumeRole read the role twice from the store, and under load request threads queued for the
 * store's few reader connections. Unknown ARNs are remembered too (a role created later moves the
 * generation on). Bounded; when full it starts over.
 */
public final class RoleCache {

    static final int MAX_ENTRIES = 4096;

    private record Entry(long generation, Optional<Role> role) {}

    private final Iam iam;
    private final PolicyGeneration generation;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    public RoleCache(Iam iam, PolicyGeneration generation) {
        this.iam = iam;
        this.generation = generation;
    }

    /** The role with this ARN in the account, as {@code RoleService.findRoleByArn} returns it. */
    public Optional<Role> findRoleByArn(String roleArn) {
        // Read the generation before the store: a write racing with the read leaves the entry under
        // the old generation, so the next call reads again.
        long current = generation.current();
        Entry entry = entries.get(roleArn);
        if (entry != null && entry.generation() == current) {
            return entry.role();
        }
        Optional<Role> role = iam.roles().findRoleByArn(roleArn);
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(roleArn, new Entry(current, role));
        return role;
    }

    int size() {
        return entries.size();
    }
}
