package dev.warden.server.iam;

import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;

/**
 * A Warden account stands alone: it belongs to no AWS Organization, so it is neither a management
 * account nor a delegated administrator. The Organizations-related IAM operations answer as AWS does
 * for such an account, after authentication, authorization and request validation.
 */
final class StandaloneAccount {

    private StandaloneAccount() {}

    /** The IAM model's OrganizationNotFoundException: "no organization is associated with your account". */
    static AwsError noOrganization() {
        return new AwsError(AwsErrorCode.ORGANIZATION_NOT_FOUND,
                "The request was rejected because no organization is associated with your account.");
    }
}
