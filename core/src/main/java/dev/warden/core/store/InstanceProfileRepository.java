package dev.warden.core.store;

import dev.warden.core.model.InstanceProfile;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Instance profiles; every profile read carries its roles as stored (trust policies with unique ids). */
public interface InstanceProfileRepository {
    /** Case-insensitive lookup by name within the account. */
    Optional<InstanceProfile> findByName(String accountId, String name);

    /** Inserts the profile row; its {@code roles} are ignored (use {@link #addRole}). */
    void insert(InstanceProfile profile);

    /** Writes the tags if the stored row still has {@code profile.version()}; bumps the version. */
    void update(InstanceProfile profile);

    void delete(String instanceProfileId);

    List<InstanceProfile> list(String accountId, ListWindow window);

    int count(String accountId);

    void addRole(String instanceProfileId, String roleId, Instant at);

    /** Removes the role; false when the profile did not hold it. */
    boolean removeRole(String instanceProfileId, String roleId);

    /** The profiles that hold a role, ordered by lower-cased name. */
    List<InstanceProfile> forRole(String roleId);

    /** The profiles of many roles at once, by role id (roles without profiles are absent). */
    Map<String, List<InstanceProfile>> forRoles(Collection<String> roleIds);
}
