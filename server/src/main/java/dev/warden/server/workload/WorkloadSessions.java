package dev.warden.server.workload;

import dev.warden.core.iam.Iam;
import dev.warden.core.model.Role;
import dev.warden.core.sts.IssuedSession;
import dev.warden.core.sts.SessionGrant;
import dev.warden.core.sts.SessionPrincipal;
import dev.warden.core.sts.SessionTokenService;
import dev.warden.server.AuthorizationDecision;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * The role sessions handed to workloads: minted on demand as ordinary sealed Warden sessions (so every
 * call the workload makes is authorized by the engine and attributed to the role session), and handed
 * out again until they come close to expiry.
 *
 * <p>"Close" is {@link #REFRESH_BEFORE} (20 minutes) before the expiration, or half the session's
 * duration when that is shorter: the SDKs refresh 5 to 15 minutes before expiry (botocore 15 minutes
 * advisory, 10 mandatory), so every answer leaves them a full session to use rather than one they
 * must refresh at once. Before minting, {@link WorkloadChecks} decides again.
 */
public final class WorkloadSessions {

    static final Duration REFRESH_BEFORE = Duration.ofMinutes(20);

    private final Iam iam;
    private final SessionTokenService tokens;
    private final WorkloadChecks checks;
    private final Clock clock;
    private final BiConsumer<Workload, IssuedSession> onMint;
    private final Map<String, IssuedSession> current = new ConcurrentHashMap<>();

    /** @param onMint told of every session minted (the audit), after it is minted */
    public WorkloadSessions(Iam iam, SessionTokenService tokens, WorkloadChecks checks, Clock clock,
            BiConsumer<Workload, IssuedSession> onMint) {
        this.iam = iam;
        this.tokens = tokens;
        this.checks = checks;
        this.clock = clock;
        this.onMint = onMint;
    }

    /** A session of the workload's role: the current one while fresh, else a new one. */
    public IssuedSession credentials(Workload workload) {
        Instant now = clock.instant();
        IssuedSession session = current.get(workload.id());
        if (session != null && fresh(session, workload, now)) {
            return session;
        }
        return current.compute(workload.id(), (id, old) -> old != null && fresh(old, workload, now)
                ? old : mint(workload, now));
    }

    /**
     * Mints the first session of a workload that {@link WorkloadChecks} has just allowed (at
     * registration), without deciding again.
     */
    public IssuedSession first(Workload workload, AuthorizationDecision.Allow allowed) {
        return current.compute(workload.id(), (id, old) -> issue(workload));
    }

    public void forget(String workloadId) {
        current.remove(workloadId);
    }

    private static boolean fresh(IssuedSession session, Workload workload, Instant now) {
        Duration margin = workload.sessionDuration().dividedBy(2);
        if (margin.compareTo(REFRESH_BEFORE) > 0) {
            margin = REFRESH_BEFORE;
        }
        return now.plus(margin).isBefore(session.expiration());
    }

    private IssuedSession mint(Workload workload, Instant now) {
        AuthorizationDecision decision = checks.authorize(workload, now);
        if (decision instanceof AuthorizationDecision.Deny deny) {
            throw new AwsError(AwsErrorCode.ACCESS_DENIED, deny.message());
        }
        return issue(workload);
    }

    private IssuedSession issue(Workload workload) {
        Role role = iam.roles().findRoleByArn(workload.roleArn()).orElseThrow(() -> new AwsError(
                AwsErrorCode.ACCESS_DENIED, "Check failed: role. The role " + workload.roleArn() + " no longer exists."));
        SessionPrincipal.AssumedRole principal = new SessionPrincipal.AssumedRole(role.roleId(), role.arn(),
                role.roleName(), workload.sessionName());
        boolean chained = workload.service().isEmpty() && workload.launcher().principal().session()
                .map(claims -> claims.principal() instanceof SessionPrincipal.AssumedRole).orElse(false);
        SessionGrant grant = new SessionGrant(role.accountId(), principal, workload.sessionDuration(), null, List.of(),
                List.of(), List.of(), workload.sourceIdentity(), chained, false);
        IssuedSession session = tokens.issue(grant);
        onMint.accept(workload, session);
        return session;
    }
}
