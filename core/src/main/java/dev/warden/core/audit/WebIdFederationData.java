package dev.warden.core.audit;

import java.util.Map;

/**
 * CloudTrail's {@code sessionContext.webIdFederationData}: for sessions from
 * AssumeRoleWithWebIdentity, the identity provider (the IAM OIDC provider's ARN) and the token's
 * attributes that became condition keys ({@code HOST:sub} → value).
 */
public record WebIdFederationData(String federatedProvider, Map<String, String> attributes) {

    public WebIdFederationData {
        attributes = Map.copyOf(attributes);
    }
}
