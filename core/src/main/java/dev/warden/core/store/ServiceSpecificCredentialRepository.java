package dev.warden.core.store;

import dev.warden.core.model.ServiceSpecificCredential;
import java.util.List;
import java.util.Optional;

/** Service-specific credentials of IAM users, each with its password sealed by SecretAtRestCipher. */
public interface ServiceSpecificCredentialRepository extends UserCredentialRepository<ServiceSpecificCredential> {
    /** Every service-specific credential of the account's users (ListServiceSpecificCredentials AllUsers). */
    List<ServiceSpecificCredential> listForAccount(String accountId);

    void insert(ServiceSpecificCredential credential, String sealedPassword);

    void replacePassword(String credentialId, String sealedPassword);

    /** The sealed password (the {@code v1:…} form), as stored. */
    Optional<String> sealedPassword(String credentialId);
}
