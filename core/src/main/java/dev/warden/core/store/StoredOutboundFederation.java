package dev.warden.core.store;

import java.time.Instant;
import java.util.Objects;

/**
 * An account's outbound web identity federation as stored: whether GetWebIdentityToken may issue
 * tokens, the issuer id its issuer URL is built from, and its two signing keys (RS256 and ES384, the
 * algorithms AWS allows), each a private JWK sealed by {@code SecretAtRestCipher} under its key id.
 *
 * @param enabled false after DisableOutboundWebIdentityFederation; the issuer and keys stay
 * @param createdAt when the feature was first enabled
 * @param updatedAt when it was last enabled or disabled
 */
public record StoredOutboundFederation(String accountId, boolean enabled, String issuerId, String rsaKeyId,
        String sealedRsaKey, String ecKeyId, String sealedEcKey, Instant createdAt, Instant updatedAt) {

    public StoredOutboundFederation {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(rsaKeyId, "rsaKeyId");
        Objects.requireNonNull(sealedRsaKey, "sealedRsaKey");
        Objects.requireNonNull(ecKeyId, "ecKeyId");
        Objects.requireNonNull(sealedEcKey, "sealedEcKey");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public StoredOutboundFederation withEnabled(boolean nowEnabled, Instant at) {
        return new StoredOutboundFederation(accountId, nowEnabled, issuerId, rsaKeyId, sealedRsaKey, ecKeyId,
                sealedEcKey, createdAt, at);
    }
}
