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
 * Notes each use of a long-term access key (GetAccessKeyLastUsed: date, service, Region) and of a role
 * (GetRole's RoleLastUsed: date, Region: a call signed with one of its session credentials) once the
 * call's signature has been verified, then lets the wrapped authorizer decide. It sits in the
 * authorizer slot because that is the first hook after signature verification; a use is noted whether
 * or not the call is then allowed, as AWS does, and a failure to note one never fails the request.
 * AssumeRole itself is signed by whoever assumes the role, so it is not a use of the role; the first
 * call signed with the session is.
 *
 * <p>Uses are only noted in memory here (this process sees them at once); {@link LastUseSaver} stores
 * the latest use of each key and role at most once per interval, off the request thread. AWS's own
 * last-used data is coarse and not real time either.
 */
public final class LastUseRecorder implements RequestAuthorizer<WardenPrincipal> {

    private static final Logger LOG = LoggerFactory.getLogger(LastUseRecorder.class);

    private final Iam iam;
    private final RequestAuthorizer<WardenPrincipal> authorizer;

    public LastUseRecorder(Iam iam, RequestAuthorizer<WardenPrincipal> authorizer) {
        this.iam = iam;
        this.authorizer = authorizer;
    }

    @Override
    public AuthorizationDecision authorize(QueryCall<WardenPrincipal> call) {
        call.caller().ifPresent(this::note);
        return authorizer.authorize(call);
    }

    private void note(AuthenticatedCaller<WardenPrincipal> caller) {
        try {
            if (!caller.principal().temporary()) {
                iam.accessKeys().noteUse(caller.accessKeyId(), caller.scope().service(), caller.scope().region());
                return;
            }
            caller.principal().session()
                    .filter(claims -> claims.principal() instanceof SessionPrincipal.AssumedRole)
                    .map(claims -> (SessionPrincipal.AssumedRole) claims.principal())
                    .ifPresent(role -> iam.roleUses().noteUse(role.roleId(), caller.scope().region()));
        } catch (RuntimeException e) {
            LOG.warn("Could not note the last use of access key {} or its role", caller.accessKeyId(), e);
        }
    }
}
