package dev.warden.insight.lint;

import dev.warden.core.model.Group;
import dev.warden.core.model.ManagedPolicy;
import dev.warden.core.model.Role;
import dev.warden.core.model.User;

/**
 * How account things are named in lint reports: relative paths (valid SARIF artifact URIs) under
 * {@code iam/}, with the IAM path kept so that two policies of the same name on different paths differ.
 */
final class AccountArtifacts {
  private AccountArtifacts() {}

  static String user(User user) {
    return "iam/users" + user.path() + user.userName();
  }

  static String group(Group group) {
    return "iam/groups" + group.path() + group.groupName();
  }

  static String role(Role role) {
    return "iam/roles" + role.path() + role.roleName();
  }

  static String policy(ManagedPolicy policy) {
    return "iam/policies" + policy.path() + policy.policyName();
  }

  static String policyVersion(ManagedPolicy policy, String versionId) {
    return policy(policy) + "/" + versionId + ".json";
  }

  static String inline(String owner, String policyName) {
    return owner + "/inline/" + policyName + ".json";
  }

  static String trust(Role role) {
    return role(role) + "/trust.json";
  }
}
