package dev.warden.core.store;

import dev.warden.core.model.AccessKeyStatus;
import dev.warden.core.model.SigningCertificate;
import java.util.List;
import java.util.Optional;

/** X.509 signing certificates of IAM users. */
public interface SigningCertificateRepository {
    void insert(SigningCertificate certificate);

    Optional<SigningCertificate> find(String certificateId);

    /** A user's certificates, oldest first. */
    List<SigningCertificate> listForUser(String userId);

    /** Every certificate of the account's users (duplicate checks, the credential report). */
    List<SigningCertificate> listForAccount(String accountId);

    void updateStatus(String certificateId, AccessKeyStatus status);

    void delete(String certificateId);
}
