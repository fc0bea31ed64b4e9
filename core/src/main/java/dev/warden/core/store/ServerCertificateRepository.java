package dev.warden.core.store;

import dev.warden.core.model.Tag;
import java.util.List;
import java.util.Optional;

/** Server certificates of an account, unique by name (case-insensitively). */
public interface ServerCertificateRepository {
    void insert(StoredServerCertificate certificate);

    Optional<StoredServerCertificate> findByName(String accountId, String name);

    /** The account's certificates ordered by name. */
    List<StoredServerCertificate> list(String accountId);

    int count(String accountId);

    /** Changes name and path; the id, key and certificate stay. */
    void rename(String certificateId, String newName, String newPath);

    /** Replaces a certificate's tags. */
    void updateTags(String certificateId, List<Tag> tags);

    void delete(String certificateId);
}
