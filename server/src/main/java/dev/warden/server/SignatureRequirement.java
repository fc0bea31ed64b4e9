package dev.warden.server;

/** Whether an operation needs a SigV4 signature. */
public enum SignatureRequirement {
    /** Every IAM operation and most of STS. */
    SIGV4_REQUIRED,
    /**
     * AssumeRoleWithWebIdentity and AssumeRoleWithSAML: the client sends no signature (the token or
     * assertion in the parameters is the proof), so the service is told by {@code Version}.
     */
    UNSIGNED
}
