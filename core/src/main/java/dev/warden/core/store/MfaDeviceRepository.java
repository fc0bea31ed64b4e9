package dev.warden.core.store;

import dev.warden.core.model.Tag;
import java.util.List;
import java.util.Optional;

/** Virtual MFA devices, assigned or not. */
public interface MfaDeviceRepository {
    void insert(StoredMfaDevice device);

    Optional<StoredMfaDevice> find(String serialNumber);

    /** The account's devices ordered by serial number. */
    List<StoredMfaDevice> listForAccount(String accountId);

    /** The devices assigned to a user, oldest enabled first. */
    List<StoredMfaDevice> listForUser(String userId);

    /** Assigns ({@code userId} and {@code enabledAt} set) or unassigns (both null) a device. */
    void assign(String serialNumber, String userId, java.time.Instant enabledAt);

    /** Replaces a device's tags. */
    void updateTags(String serialNumber, List<Tag> tags);

    void delete(String serialNumber);
}
