package dev.warden.core.model;

import java.time.Instant;

/** An SSH public key of an IAM user (APKA… id), body in {@code ssh-rsa <base64>} form. */
public record SshPublicKey(
        String keyId,
        String userId,
        String userName,
        String body,
        String fingerprint,
        AccessKeyStatus status,
        Instant uploadDate) {
}
