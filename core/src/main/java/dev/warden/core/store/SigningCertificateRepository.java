package dev.warden.core.store;

import dev.warden.core.model.SigningCertificate;
import java.util.List;

/** X.509 signing certificates of IAM users. */
public interface SigningCertificateRepository extends UserCredentialRepository<SigningCertificate> {
    void insert(SigningCertificate certificate);

    /** Every certificate of the account's users (duplicate checks, the credential report). */
    List<SigningCertificate> listForAccount(String accountId);
}
