package dev.warden.core.store;

import java.util.Optional;

public interface LoginProfileRepository {
    void insert(StoredLoginProfile profile);

    Optional<StoredLoginProfile> find(String userId);

    void update(StoredLoginProfile profile);

    void delete(String userId);
}
