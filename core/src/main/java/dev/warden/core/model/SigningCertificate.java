package dev.warden.core.model;

import java.time.Instant;

/**
 * An X.509 signing certificate of an IAM user, body as uploaded (PEM). {@code fingerprint} is the
 * hex SHA-256 of its DER form, which finds the same certificate uploaded twice.
 */
public record SigningCertificate(
        String certificateId,
        String userId,
        String userName,
        String body,
        String fingerprint,
        AccessKeyStatus status,
        Instant uploadDate) {
}
