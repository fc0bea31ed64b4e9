package dev.warden.server.audit;

import dev.warden.core.audit.SessionContext;
import dev.warden.core.audit.SessionIssuer;
import dev.warden.core.audit.UserIdentity;
import dev.warden.core.sts.SessionClaims;
import dev.warden.core.sts.SessionPrincipal;
import dev.warden.server.auth.AuthenticatedCaller;
import dev.warden.server.auth.CallerIdentity;
import dev.warden.server.principal.WardenPrincipal;

/** CloudTrail's {@code userIdentity} for a verified signer. */
final class UserIdentities {

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
            default -> null;
        };
        SessionContext session = principal.session().map(UserIdentities::sessionContext).orElse(null);
        return new UserIdentity(type, identity.userId(), identity.arn(), identity.account(), signer.accessKeyId(), session);
    }

    private static SessionContext sessionContext(SessionClaims claims) {
        SessionIssuer issuer = null;
        if (claims.principal() instanceof SessionPrincipal.AssumedRole role) {
            issuer = new SessionIssuer("Role", role.roleId(), role.roleArn(), claims.accountId(), role.roleName());
        }
        return new SessionContext(claims.issuedAt(), claims.mfaAuthenticated(), issuer, claims.sourceIdentity());
    }
}
