package dev.warden.core.iam;

/** Where a policy document is used; full validation differs per kind (e.g. trust policies need Principal). */
public enum PolicyDocumentKind {
    /** Managed policy versions and inline policies of users, roles and groups. */
    IDENTITY,
    /** A role's AssumeRolePolicyDocument. */
    TRUST,
    /** An STS session policy. */
    SESSION
}
