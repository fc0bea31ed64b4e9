package dev.warden.catalog.lint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The escalation methods Warden checks: the published lists (Rhino Security Labs' IAM privilege
 * escalation methods as taken up by Cloudsplaining's PrivilegeEscalation category and Parliament's
 * PRIVILEGE_ESCALATION auditor) as the floor. A method whose actions contain another method's is
 * left out, so one grant is not reported twice.
 */
public final class EscalationMethods {
  private static final String PASS_ROLE = "iam:PassRole";

  public static final List<EscalationMethod> ALL = List.of(
      one("CreateNewPolicyVersion", "iam:CreatePolicyVersion", "a new default version of a policy attached to the principal can grant anything"),
      one("SetExistingDefaultPolicyVersion", "iam:SetDefaultPolicyVersion", "an older, broader version of an attached policy can be made the default"),
      one("AttachUserPolicy", "iam:AttachUserPolicy", "AdministratorAccess can be attached to the principal's own user"),
      one("AttachGroupPolicy", "iam:AttachGroupPolicy", "AdministratorAccess can be attached to a group the principal is in"),
      one("AttachRolePolicy", "iam:AttachRolePolicy", "AdministratorAccess can be attached to a role the principal can use"),
      one("PutUserPolicy", "iam:PutUserPolicy", "an inline policy granting anything can be put on the principal's own user"),
      one("PutGroupPolicy", "iam:PutGroupPolicy", "an inline policy granting anything can be put on a group the principal is in"),
      one("PutRolePolicy", "iam:PutRolePolicy", "an inline policy granting anything can be put on a role the principal can use"),
      one("CreateAccessKey", "iam:CreateAccessKey", "access keys can be made for any other user, including administrators"),
      one("CreateLoginProfile", "iam:CreateLoginProfile", "a console password can be set for a user who has none, and used"),
      one("UpdateLoginProfile", "iam:UpdateLoginProfile", "another user's console password can be changed, and used"),
      one("AddUserToGroup", "iam:AddUserToGroup", "the principal can add itself to an administrators' group"),
      one("UpdateRolePolicyToAssumeIt", "iam:UpdateAssumeRolePolicy", "any role's trust policy can be changed to let the principal assume it"),
      one("DeleteUserPermissionsBoundary", "iam:DeleteUserPermissionsBoundary", "the boundary that caps a user's permissions can be removed"),
      one("DeleteRolePermissionsBoundary", "iam:DeleteRolePermissionsBoundary", "the boundary that caps a role's permissions can be removed"),
      one("EditExistingLambdaFunctionWithRole", "lambda:UpdateFunctionCode", "the code of a function with a privileged role can be replaced and run as that role"),
      one("UpdateExistingGlueDevEndpoint", "glue:UpdateDevEndpoint", "an SSH key can be added to a Glue endpoint and its role's credentials read"),
      passRole("PassExistingRoleToNewLambdaThenInvoke", "a new function can run as any role and be invoked",
          "lambda:CreateFunction", "lambda:InvokeFunction"),
      passRole("PassExistingRoleToNewLambdaThenTriggerWithExistingDynamo", "a new function can run as any role, triggered by a table's stream",
          "lambda:CreateFunction", "lambda:CreateEventSourceMapping"),
      passRole("CreateEC2WithExistingInstanceProfile", "an instance can be started with any role and its credentials read from the instance",
          "ec2:RunInstances"),
      passRole("PassExistingRoleToNewGlueDevEndpoint", "a Glue endpoint can run with any role and be reached over SSH",
          "glue:CreateDevEndpoint"),
      passRole("PassExistingRoleToCloudFormation", "a stack can create anything with any role's permissions",
          "cloudformation:CreateStack"),
      passRole("PassExistingRoleToNewDataPipeline", "a pipeline can run commands as any role",
          "datapipeline:CreatePipeline", "datapipeline:PutPipelineDefinition"),
      passRole("PassExistingRoleToNewCodeBuildProject", "a build can run commands as any role",
          "codebuild:CreateProject", "codebuild:StartBuild"),
      passRole("PassExistingRoleToNewSageMakerNotebook", "a notebook can run as any role and be opened in a browser",
          "sagemaker:CreateNotebookInstance", "sagemaker:CreatePresignedNotebookInstanceUrl"),
      passRole("PassExistingRoleToNewEcsTask", "a task can run as any role",
          "ecs:RegisterTaskDefinition", "ecs:RunTask"));

  private EscalationMethods() {}

  /** Every action some method needs, in list order. */
  public static Set<String> actions() {
    Set<String> all = new LinkedHashSet<>();
    ALL.forEach(method -> all.addAll(method.actions()));
    return all;
  }

  private static EscalationMethod one(String name, String action, String how) {
    return new EscalationMethod(name, List.of(action), how);
  }

  private static EscalationMethod passRole(String name, String how, String... more) {
    List<String> actions = new ArrayList<>();
    actions.add(PASS_ROLE);
    actions.addAll(List.of(more));
    return new EscalationMethod(name, actions, how);
  }
}
