package dev.warden.insight.graph;

/** What a node of the access graph is. */
public enum NodeKind {
    USER,
    GROUP,
    ROLE,
    SERVICE,
    OIDC_PROVIDER,
    ACCOUNT,
    /** {@code "Principal": "*"} in a trust policy. */
    ANYONE,
    POLICY
}
