package dev.warden.server.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warden.core.audit.SessionContext;
import dev.warden.core.audit.SessionIssuer;
import dev.warden.core.audit.UserIdentity;
import dev.warden.core.audit.WebIdFederationData;
import dev.warden.core.sts.SessionClaims;
import dev.warden.core.sts.SessionPrincipal;
import dev.warden.server.auth.AuthenticatedCaller;
import dev.warden.server.auth.CallerIdentity;
import dev.warden.server.authz.SamlTrust;
import dev.warden.server.authz.WebIdentityTrust;
import dev.warden.server.principal.WardenPrincipal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** CloudTrail's {@code userIdentity} for a verified signer. */
final class UserIdentities {

    static final String WEB_IDENTITY_USER = "WebIdentityUser";
    static final String SAML_USER = "SAMLUser";

    private UserIdentities() {}

    static UserIdentity of(AuthenticatedCaller<?> signer) {
        CallerIdentity identity = signer.identity();
        if (!(signer.principal() instanceof WardenPrincipal principal)) {
            return new UserIdentity(null, identity.userId(), identity.arn(), identity.account(), signer.accessKeyId(), null);
        }
        String type = switch (principal.caller().type()) {
            case ROOT -> "Root";
            case USER -> "IAMUser";
            case ROLE_SESSION -> "AssumedRole";
            case FEDERATED_USER -> "FederatedUser";
            case WEB_IDENTITY -> WEB_IDENTITY_USER;
            default -> null;
        };
        SessionContext session = principal.session().map(UserIdentities::sessionContext).orElse(null);
        return new UserIdentity(type, identity.userId(), identity.arn(), identity.account(), signer.accessKeyId(), session);
    }

    private static SessionContext sessionContext(SessionClaims claims) {
        SessionIssuer issuer = null;
        if (claims.principal() instanceof SessionPrincipal.AssumedRole role) {
            issuer = new SessionIssuer("Role", role.roleId(), role.roleArn(), claims.accountId(), role.roleName());
        } else if (claims.principal() instanceof SessionPrincipal.FederatedUser federated) {
            String userName = federated.parentUserArn().substring(federated.parentUserArn().lastIndexOf('/') + 1);
            issuer = new SessionIssuer("IAMUser", federated.parentUserId(), federated.parentUserArn(), claims.accountId(),
                    userName);
        }
        WebIdFederationData federation = null;
        if (claims.federatedProvider() != null) {
            Map<String, String> attributes = new LinkedHashMap<>();
            claims.webIdentityKeys().forEach((key, values) -> attributes.put(key, String.join(",", values)));
            federation = new WebIdFederationData(claims.federatedProvider(), attributes);
        }
        return new SessionContext(claims.issuedAt(), claims.mfaAuthenticated(), issuer, claims.sourceIdentity(),
                federation);
    }

    /**
     * The caller of an unsigned AssumeRoleWithWebIdentity whose token was verified, as CloudTrail
     * records it: type {@code WebIdentityUser}, principal id {@code PROVIDER_ARN:AUDIENCE:SUBJECT};
     * read from the authorizer's explanation ({@link WebIdentityTrust#EXPLANATION_IDENTITY}).
     */
    static Optional<UserIdentity> webIdentityUser(JsonNode decision) {
        JsonNode identity = decision.path(WebIdentityTrust.EXPLANATION_IDENTITY);
        if (!identity.hasNonNull("principalId")) {
            return Optional.empty();
        }
        return Optional.of(new UserIdentity(WEB_IDENTITY_USER, identity.get("principalId").asText(), null, null, null,
                null));
    }

    /**
     * The caller of an unsigned AssumeRoleWithSAML whose response was verified, as CloudTrail records
     * it: type {@code SAMLUser}, principal id {@code NAME_QUALIFIER:SUBJECT}; read from the SAML
     * trust's explanation ({@link SamlTrust#EXPLANATION_IDENTITY}).
     */
    static Optional<UserIdentity> samlUser(JsonNode decision) {
        JsonNode identity = decision.path(SamlTrust.EXPLANATION_IDENTITY);
        if (!identity.hasNonNull("nameQualifier") || !identity.hasNonNull("subject")) {
            return Optional.empty();
        }
        return Optional.of(new UserIdentity(SAML_USER,
                identity.get("nameQualifier").asText() + ":" + identity.get("subject").asText(), null, null, null, null));
    }
}
