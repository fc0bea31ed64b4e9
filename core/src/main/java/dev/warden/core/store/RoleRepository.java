package dev.warden.core.store;

import dev.warden.core.model.Role;
import dev.warden.core.model.RoleLastUsed;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface RoleRepository {
    Optional<Role> findByName(String accountId, String roleName);

    Optional<Role> findById(String roleId);

    void insert(Role role);

    /** Writes {@code role} if the stored row still has {@code role.version()}; bumps the version. */
    void update(Role role);

    void delete(String roleId);

    List<Role> list(String accountId, ListWindow window);

    int count(String accountId);

    int countWithBoundary(String policyArn);

    /** Stores the role's latest use unless a later one is stored already; nothing when the role is gone. */
    void recordUse(String roleId, RoleLastUsed lastUsed);

    /** The stored last use of each of the roles that has one. */
    Map<String, RoleLastUsed> lastUsed(Collection<String> roleIds);
}
