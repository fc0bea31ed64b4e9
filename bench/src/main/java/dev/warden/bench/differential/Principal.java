package dev.warden.bench.differential;

import java.util.Optional;

/**
 * A caller of the generated requests, with the identity values AWS puts in the request context for it
 * (IAM User Guide, "AWS global condition context keys": aws:username, aws:userid, aws:PrincipalType).
 *
 * @param arn the request's principal: user ARN or assumed-role session ARN
 * @param roleArn for sessions, the role's ARN (the value of aws:PrincipalArn)
 */
record Principal(String arn, Optional<String> roleArn, Optional<String> userName, String userId, String type) {
  static Principal user(String name, String arn, String userId) {
    return new Principal(arn, Optional.empty(), Optional.of(name), userId, "User");
  }

  static Principal session(String sessionArn, String roleArn, String userId) {
    return new Principal(sessionArn, Optional.of(roleArn), Optional.empty(), userId, "AssumedRole");
  }

  boolean isSession() {
    return roleArn.isPresent();
  }

  String principalArn() {
    return roleArn.orElse(arn);
  }
}
