package dev.warden.core.iam;

import java.util.Objects;

/**
 * What GetOutboundWebIdentityFederationInfo reports: the id the account's issuer URL is built from
 * and whether GetWebIdentityToken may issue tokens now.
 */
public record OutboundFederationState(String issuerId, boolean enabled) {
    public OutboundFederationState {
        Objects.requireNonNull(issuerId, "issuerId");
    }
}
