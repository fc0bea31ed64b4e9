package dev.warden.core.iam;

import dev.warden.core.model.Role;
import dev.warden.core.model.User;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link PrincipalDirectory} over users and roles already read in the same snapshot, so mapping
 * the trust policies of a whole account costs no query per principal named in them.
 */
final class LoadedPrincipalDirectory implements PrincipalDirectory {
    private final Map<String, String> idByArn = new HashMap<>();
    private final Map<String, String> arnById = new HashMap<>();

    LoadedPrincipalDirectory(List<User> users, List<Role> roles) {
        users.forEach(u -> add(u.arn(), u.userId()));
        roles.forEach(r -> add(r.arn(), r.roleId()));
    }

    private void add(String arn, String id) {
        idByArn.put(arn, id);
        arnById.put(id, arn);
    }

    @Override
    public Optional<String> uniqueIdOf(String arn) {
        return Optional.ofNullable(idByArn.get(arn));
    }

    @Override
    public Optional<String> arnOf(String uniqueId) {
        return Optional.ofNullable(arnById.get(uniqueId));
    }
}
