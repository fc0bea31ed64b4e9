package dev.warden.insight.graph;

import java.util.List;

/**
 * A service that runs code as a role it is passed: whoever may pass a role that trusts the service
 * and may create the service's resource gains the role's permissions (the PassRole escalations of
 * Rhino Security Labs' list; see ../shared/spec/landscape.md).
 *
 * @param service the service principal the role must trust
 * @param action the action that hands the role to the service
 */
public record PassRoleService(String service, String action) {

    public static final List<PassRoleService> KNOWN = List.of(
            new PassRoleService("lambda.amazonaws.com", "lambda:CreateFunction"),
            new PassRoleService("ec2.amazonaws.com", "ec2:RunInstances"),
            new PassRoleService("cloudformation.amazonaws.com", "cloudformation:CreateStack"),
            new PassRoleService("glue.amazonaws.com", "glue:CreateDevEndpoint"),
            new PassRoleService("ecs-tasks.amazonaws.com", "ecs:RunTask"),
            new PassRoleService("codebuild.amazonaws.com", "codebuild:CreateProject"),
            new PassRoleService("sagemaker.amazonaws.com", "sagemaker:CreateNotebookInstance"),
            new PassRoleService("datapipeline.amazonaws.com", "datapipeline:CreatePipeline"));
}
