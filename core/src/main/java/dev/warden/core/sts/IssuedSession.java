package dev.warden.core.sts;

import dev.warden.core.secret.SecretAccessKey;
import java.time.Instant;

/** The Credentials element of an STS response, plus the claims for audit and response fields. */
public record IssuedSession(String accessKeyId, SecretAccessKey secretAccessKey, String sessionToken, Instant expiration,
        SessionClaims claims) {

    @Override
    public String toString() {
        return "IssuedSession[accessKeyId=" + accessKeyId + ", expiration=" + expiration + ", secret and token masked]";
    }
}
