package dev.warden.core.model;

import java.time.Instant;

/**
 * A service-specific credential of an IAM user (ACCA… id): a user name and a password that work only
 * for one service. The password is not part of the model; it lives sealed in the store.
 *
 * @param serviceUserName the name the service knows the credential by: {@code USER-at-ACCOUNT} for
 *     CodeCommit and Keyspaces (ServiceUserName), {@code BedrockAPIKey-…-at-ACCOUNT} for Bedrock
 *     (ServiceCredentialAlias)
 * @param expirationDate null unless created with CredentialAgeDays (Bedrock only)
 */
public record ServiceSpecificCredential(
        String credentialId,
        String userId,
        String userName,
        String serviceName,
        String serviceUserName,
        AccessKeyStatus status,
        Instant createDate,
        Instant expirationDate) {

    /**
     * The status reported at {@code now}: {@code Expired} from the expiration date on (whatever the
     * stored Active/Inactive, since neither can make it usable again), else the stored status.
     */
    public ServiceSpecificCredentialStatus statusAt(Instant now) {
        if (expirationDate != null && !now.isBefore(expirationDate)) {
            return ServiceSpecificCredentialStatus.Expired;
        }
        return status == AccessKeyStatus.Active ? ServiceSpecificCredentialStatus.Active
                : ServiceSpecificCredentialStatus.Inactive;
    }
}
