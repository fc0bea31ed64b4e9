package dev.warden.core.store;

import dev.warden.core.model.User;
import java.util.List;
import java.util.Optional;

public interface UserRepository {
    /** Case-insensitive lookup by name within the account. */
    Optional<User> findByName(String accountId, String userName);

    Optional<User> findById(String userId);

    void insert(User user);

    /** Writes {@code user} if the stored row still has {@code user.version()}; bumps the version. */
    void update(User user);

    void delete(String userId);

    List<User> list(String accountId, ListWindow window);

    int count(String accountId);

    /** Users and roles whose permissions boundary is this policy ARN. */
    int countWithBoundary(String policyArn);
}
