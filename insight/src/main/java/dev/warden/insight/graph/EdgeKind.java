package dev.warden.insight.graph;

/** What an edge of the access graph means. */
public enum EdgeKind {
    /** A user is in a group. */
    MEMBER_OF,
    /** A managed policy is attached to a user, group or role. */
    ATTACHED,
    /** The source may assume the target role: its trust policy (and the source's own policies) allow it. */
    CAN_ASSUME,
    /** The source may gain the target's permissions (pass it to a service, rewrite its policies, take its credentials). */
    ESCALATION
}
