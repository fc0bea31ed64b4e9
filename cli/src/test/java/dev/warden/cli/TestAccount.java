package dev.warden.cli;

import dev.warden.core.home.WardenHome;
import dev.warden.core.home.WardenHomeSettings;
import dev.warden.core.iam.InlinePolicyRequests;
import dev.warden.core.iam.RoleRequests;
import dev.warden.core.iam.UserRequests;
import dev.warden.core.secret.PasswordHasher;
import java.nio.file.Path;

/**
 * A Warden home for the insight commands: alice may GetUser anywhere and CreateUser from 10.0.0.0/8,
 * may PassRole the role deployer (trusting lambda.amazonaws.com) and CreateFunction.
 */
final class TestAccount {
  static final String ACCOUNT = "123456789012";
  static final String ARN = "arn:aws:iam::" + ACCOUNT + ":";

  private TestAccount() {}

  static WardenHome open(Path home) {
    return WardenHome.open(WardenHomeSettings.defaults(home).withAccountId(ACCOUNT)
        .withArgon2(new PasswordHasher.Argon2Settings(64, 1, 1)));
  }

  static void create(Path home) {
    try (WardenHome opened = open(home)) {
      var iam = opened.iam();
      iam.users().createUser(UserRequests.CreateUser.named("alice"));
      iam.inlinePolicies().putUserPolicy(new InlinePolicyRequests.PutPolicy("alice", "inline", """
          {"Version":"2012-10-17","Statement":[
           {"Effect":"Allow","Action":"iam:GetUser","Resource":"*"},
           {"Effect":"Allow","Action":"iam:CreateUser","Resource":"*","Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}},
           {"Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:iam::123456789012:role/deployer"},
           {"Effect":"Allow","Action":"lambda:CreateFunction","Resource":"*"}]}"""));
      iam.roles().createRole(RoleRequests.CreateRole.of("deployer", """
          {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},\
          "Action":"sts:AssumeRole"}]}"""));
    }
  }
}
