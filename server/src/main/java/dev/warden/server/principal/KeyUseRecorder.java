package dev.warden.server.principal;

import dev.warden.core.iam.Iam;
import dev.warden.server.AuthorizationDecision;
import dev.warden.server.QueryCall;
import dev.warden.server.RequestAuthorizer;
import dev.warden.server.auth.AuthenticatedCaller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records each use of a long-term access key (GetAccessKeyLastUsed: date, service, region) once its
 * signature has been verified, then lets the wrapped authorizer decide. It sits in the authorizer
 * slot because that is the first hook after signature verification; a use is recorded whether or
 * not the call is then allowed, as AWS does. A failure to record never fails the request.
 *
 * <p>The use is only noted in memory here (GetAccessKeyLastUsed in this process sees it at once);
 * {@link LastUseSaver} stores the latest use of each key at most once per interval, off the request
 * thread. AWS's own last-used data is coarse and not real time either.
 */
public final class KeyUseRecorder implements RequestAuthorizer<WardenPrincipal> {

    private static final Logger LOG = LoggerFactory.getLogger(KeyUseRecorder.class);

    private final Iam iam;
    private final RequestAuthorizer<WardenPrincipal> authorizer;

    public KeyUseRecorder(Iam iam, RequestAuthorizer<WardenPrincipal> authorizer) {
        this.iam = iam;
        this.authorizer = authorizer;
    }

    @Override
    public AuthorizationDecision authorize(QueryCall<WardenPrincipal> call) {
        call.caller().filter(caller -> !caller.principal().temporary()).ifPresent(this::record);
        return authorizer.authorize(call);
    }

    private void record(AuthenticatedCaller<WardenPrincipal> caller) {
        try {
            iam.accessKeys().noteUse(caller.accessKeyId(), caller.scope().service(), caller.scope().region());
        } catch (RuntimeException e) {
            LOG.warn("Could not record the use of access key {}", caller.accessKeyId(), e);
        }
    }
}
