package dev.warden.catalog.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.catalog.Catalog;
import org.junit.jupiter.api.Test;

class EscalationMethodsTest {
  @Test
  void everyActionOfEveryMethodIsInTheCatalogue() {
    for (String action : EscalationMethods.actions()) {
      assertThat(Catalog.get().action(action)).as(action).isPresent();
    }
  }

  @Test
  void noMethodContainsAnother() {
    for (EscalationMethod method : EscalationMethods.ALL) {
      for (EscalationMethod other : EscalationMethods.ALL) {
        if (method != other) {
          assertThat(method.actions().containsAll(other.actions())).as(method.name() + " contains " + other.name()).isFalse();
        }
      }
    }
  }

  @Test
  void theTaskListIsCovered() {
    assertThat(EscalationMethods.actions()).contains("iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion",
        "iam:AttachUserPolicy", "iam:AttachRolePolicy", "iam:AttachGroupPolicy", "iam:PutUserPolicy", "iam:PutRolePolicy",
        "iam:PutGroupPolicy", "iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:UpdateLoginProfile",
        "iam:AddUserToGroup", "iam:UpdateAssumeRolePolicy", "iam:PassRole", "lambda:CreateFunction",
        "lambda:InvokeFunction", "ec2:RunInstances", "glue:CreateDevEndpoint", "cloudformation:CreateStack");
  }
}
