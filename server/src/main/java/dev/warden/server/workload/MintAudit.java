package dev.warden.server.workload;

import dev.warden.core.sts.IssuedSession;
import dev.warden.server.AuditEvent;
import dev.warden.server.AuditSink;
import dev.warden.server.auth.AuthenticatedCaller;
import dev.warden.server.principal.WardenPrincipal;
import dev.warden.server.query.QueryService;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One audit record ({@code IssueWorkloadCredentials}) per session minted for a workload: the launcher
 * as the caller, the role, session name, service and the issued access key id, so the records of the
 * calls made with that key lead back to who started the workload.
 */
public final class MintAudit implements BiConsumer<Workload, IssuedSession> {

    private static final Logger LOG = LoggerFactory.getLogger(MintAudit.class);

    private final AuditSink audit;
    private final Clock clock;

    public MintAudit(AuditSink audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void accept(Workload workload, IssuedSession session) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("WorkloadId", workload.id());
        parameters.put("RoleArn", workload.roleArn());
        parameters.put("RoleSessionName", workload.sessionName());
        workload.service().ifPresent(s -> parameters.put("Service", s.name()));
        parameters.put("SourceIdentity", workload.sourceIdentity());
        parameters.put("IssuedAccessKeyId", session.accessKeyId());
        AuthenticatedCaller<WardenPrincipal> launcher = workload.launcher();
        AuditEvent event = new AuditEvent(UUID.randomUUID().toString(), clock.instant(), QueryService.STS.signingName(),
                Optional.of("IssueWorkloadCredentials"), Optional.of(launcher.identity()),
                Optional.of(launcher.accessKeyId()), workload.sourceIp(), workload.userAgent(), 200, Optional.empty(),
                Optional.empty(), Duration.ZERO, Optional.of(launcher), Optional.empty(), parameters);
        try {
            audit.record(event);
        } catch (RuntimeException e) {
            LOG.error("Audit sink failed for workload {}", workload.id(), e);
        }
    }

}
