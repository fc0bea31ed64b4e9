package dev.warden.core.sts;

/** Who a session acts as: an assumed role (AssumeRole*) or an IAM user (GetSessionToken). */
public sealed interface SessionPrincipal permits SessionPrincipal.AssumedRole, SessionPrincipal.IamUser {

    /** The ARN callers see, e.g. from GetCallerIdentity. */
    String arn(String accountId);

    /** The {@code aws:userid} value: {@code AROA...:session} or {@code AIDA...}. */
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
}
