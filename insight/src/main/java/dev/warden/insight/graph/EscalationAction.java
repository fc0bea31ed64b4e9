package dev.warden.insight.graph;

import java.util.List;

/**
 * An IAM action on a principal that hands its permissions to whoever may call it: rewriting the
 * target's policies or trust, or taking its credentials (the single-action methods of Rhino
 * Security Labs' privilege-escalation list; see ../shared/spec/landscape.md).
 */
public record EscalationAction(NodeKind target, String action) {

    public static final List<EscalationAction> KNOWN = List.of(
            new EscalationAction(NodeKind.ROLE, "iam:AttachRolePolicy"),
            new EscalationAction(NodeKind.ROLE, "iam:PutRolePolicy"),
            new EscalationAction(NodeKind.ROLE, "iam:UpdateAssumeRolePolicy"),
            new EscalationAction(NodeKind.USER, "iam:CreateAccessKey"),
            new EscalationAction(NodeKind.USER, "iam:CreateLoginProfile"),
            new EscalationAction(NodeKind.USER, "iam:UpdateLoginProfile"),
            new EscalationAction(NodeKind.USER, "iam:AttachUserPolicy"),
            new EscalationAction(NodeKind.USER, "iam:PutUserPolicy"),
            new EscalationAction(NodeKind.GROUP, "iam:AddUserToGroup"),
            new EscalationAction(NodeKind.GROUP, "iam:AttachGroupPolicy"),
            new EscalationAction(NodeKind.GROUP, "iam:PutGroupPolicy"));
}
