package dev.warden.core.store;

import dev.warden.core.model.Role;
import java.util.List;
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
}
