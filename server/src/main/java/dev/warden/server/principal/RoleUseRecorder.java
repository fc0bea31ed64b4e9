package dev.warden.server.principal;

import dev.warden.core.iam.Iam;
import dev.warden.core.sts.SessionPrincipal;
import dev.warden.server.AuthorizationDecision;
import dev.warden.server.QueryCall;
import dev.warden.server.RequestAuthorizer;
import dev.warden.server.auth.AuthenticatedCaller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records each use of a role (GetRole's RoleLastUsed: date and Region) once the signature of a call
 * made with one of its session credentials has been verified, then lets the wrapped authorizer decide.
 * Like {@link KeyUseRecorder} it sits in the authorizer slot, records whether or not the call is then
 * allowed, and never fails the request. AssumeRole itself is signed by whoever assumes the role, so it
 * is not a use of the role; the first call signed with the session is.
 *
 * <p>The use is only noted in memory here; {@link LastUseSaver} stores the latest use of each role at
 * most once per interval, off the request thread.
 */
public final class RoleUseRecorder implements RequestAuthorizer<WardenPrincipal> {

    private static final Logger LOG = LoggerFactory.getLogger(RoleUseRecorder.class);

    private final Iam iam;
    private final RequestAuthorizer<WardenPrincipal> authorizer;

    public RoleUseRecorder(Iam iam, RequestAuthorizer<WardenPrincipal> authorizer) {
        this.iam = iam;
        this.authorizer = authorizer;
    }

    @Override
    public AuthorizationDecision authorize(QueryCall<WardenPrincipal> call) {
        call.caller().ifPresent(this::record);
        return authorizer.authorize(call);
    }

    private void record(AuthenticatedCaller<WardenPrincipal> caller) {
        caller.principal().session()
                .filter(claims -> claims.principal() instanceof SessionPrincipal.AssumedRole)
                .map(claims -> (SessionPrincipal.AssumedRole) claims.principal())
                .ifPresent(role -> {
                    try {
                        iam.roleUses().noteUse(role.roleId(), caller.scope().region());
                    } catch (RuntimeException e) {
                        LOG.warn("Could not record the use of role {}", role.roleId(), e);
                    }
                });
    }
}
