package dev.warden.core.sts;

/**
 * Who a session acts as: an assumed role (AssumeRole*), an IAM user (GetSessionToken) or a
 * federated user (GetFederationToken).
 */
public sealed interface SessionPrincipal
        permits SessionPrincipal.AssumedRole, SessionPrincipal.IamUser, SessionPrincipal.FederatedUser {

    /** The ARN callers see, e.g. from GetCallerIdentity. */
    String arn(String accountId);

    /** The {@code aws:userid} value: {@code AROA...:session}, {@code AIDA...} or {@code ACCT:name}. */
    String userId();

    /** A role session: role unique id, role ARN and session name. */
    record AssumedRole(String roleId, String roleArn, String roleName, String sessionName) implements SessionPrincipal {
        @Override
        public String arn(String accountId) {
            return "arn:aws:sts::" + accountId + ":assumed-role/" + roleName + "/" + sessionName;
        }

        @Override
        public String userId() {
            return roleId + ":" + sessionName;
        }
    }

    /** A GetSessionToken session of an IAM user. */
    record IamUser(String userId, String userArn, String userName) implements SessionPrincipal {
        @Override
        public String arn(String accountId) {
            return userArn;
        }
    }

    /**
     * A GetFederationToken session named {@code name}, created by the IAM user {@code parentUserArn}
     * (unique id {@code parentUserId}) of account {@code accountId}.
     */
    record FederatedUser(String accountId, String name, String parentUserId, String parentUserArn)
            implements SessionPrincipal {
        @Override
        public String arn(String account) {
            return "arn:aws:sts::" + account + ":federated-user/" + name;
        }

        @Override
        public String userId() {
            return accountId + ":" + name;
        }
    }
}
