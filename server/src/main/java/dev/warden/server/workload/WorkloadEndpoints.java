package dev.warden.server.workload;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.core.error.IamException;
import dev.warden.core.iam.Iam;
import dev.warden.core.model.InstanceProfile;
import dev.warden.core.model.Role;
import dev.warden.core.sts.SessionClaims;
import dev.warden.core.sts.SessionPrincipal;
import dev.warden.core.sts.StsInputRules;
import dev.warden.server.AuditEvent;
import dev.warden.server.AuditSink;
import dev.warden.server.AuthorizationDecision;
import dev.warden.server.ServerRoutes;
import dev.warden.server.auth.AuthenticatedCaller;
import dev.warden.server.auth.SigV4Verifier;
import dev.warden.server.auth.SignedRequest;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.error.ErrorResponses;
import dev.warden.server.principal.WardenPrincipal;
import dev.warden.server.query.QueryService;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workload endpoints (issue #6), registered before the Query endpoint's catch-all:
 *
 * <ul>
 *   <li>{@code POST /_warden/workloads}, signed with SigV4 for {@code sts} like an STS call: registers
 *       a workload ({@link WorkloadRegistration}) after {@link WorkloadChecks}; answers the
 *       container-credentials URL and token and the IMDS endpoint. Refusals are AWS XML errors;
 *   <li>{@code DELETE /_warden/workloads/{id}}, signed by the same principal: ends it;
 *   <li>{@code GET /_warden/workloads/{id}/credentials}: {@link ContainerCredentialsEndpoint};
 *   <li>{@code /_warden/imds/{id}/latest/…}: {@link InstanceMetadataEndpoint}.
 * </ul>
 *
 * <p>Registration and deregistration are audited ({@code RegisterWorkload}, {@code DeregisterWorkload}),
 * as is every session minted for a workload ({@code IssueWorkloadCredentials}), each naming the
 * launcher. The launcher is also carried by every session as its source identity, so the audit record
 * of each call the workload makes names who started it.
 */
public final class WorkloadEndpoints implements ServerRoutes<WardenPrincipal> {

    public static final String PREFIX = "/_warden/workloads";
    public static final String IMDS_PREFIX = "/_warden/imds";
    static final int MAX_BODY_BYTES = 16 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(WorkloadEndpoints.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STS_NAMESPACE = QueryService.STS.xmlNamespace();

    private final Iam iam;
    private final WorkloadRegistry registry;
    private final WorkloadChecks checks;
    private final WorkloadSessions sessions;
    private final ImdsTokens imdsTokens;
    private final AuditSink audit;
    private final Clock clock;
    private final SecureRandom random;

    public WorkloadEndpoints(Iam iam, WorkloadRegistry registry, WorkloadChecks checks, WorkloadSessions sessions,
            ImdsTokens imdsTokens, AuditSink audit, Clock clock, SecureRandom random) {
        this.iam = iam;
        this.registry = registry;
        this.checks = checks;
        this.sessions = sessions;
        this.imdsTokens = imdsTokens;
        this.audit = audit;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public void addTo(Javalin app, SigV4Verifier<WardenPrincipal> verifier) {
        app.post(PREFIX, ctx -> register(ctx, verifier));
        app.delete(PREFIX + "/{id}", ctx -> deregister(ctx, verifier));
        ContainerCredentialsEndpoint container = new ContainerCredentialsEndpoint(registry, sessions, clock);
        InstanceMetadataEndpoint metadata = new InstanceMetadataEndpoint(registry, sessions, imdsTokens, clock);
        app.get(PREFIX + "/{id}/credentials", container);
        app.put(IMDS_PREFIX + "/{id}/<path>", metadata::token);
        app.get(IMDS_PREFIX + "/{id}/<path>", metadata::get);
    }

    // ---- registration -------------------------------------------------------------------------

    private void register(Context ctx, SigV4Verifier<WardenPrincipal> verifier) {
        Instant receivedAt = clock.instant();
        long start = System.nanoTime();
        String requestId = UUID.randomUUID().toString();
        Optional<AuthenticatedCaller<WardenPrincipal>> caller = Optional.empty();
        Optional<AuthorizationDecision> decision = Optional.empty();
        Map<String, String> parameters = new LinkedHashMap<>();
        try {
            byte[] body = body(ctx);
            caller = Optional.of(authenticate(ctx, verifier, body));
            WorkloadRegistration registration = WorkloadRegistration.parse(body);
            registration.role().ifPresent(r -> parameters.put("RoleArn", r));
            registration.instanceProfile().ifPresent(p -> parameters.put("InstanceProfileName", p));
            parameters.put("RoleSessionName", registration.sessionName());
            registration.service().ifPresent(s -> parameters.put("Service", s.name()));
            registration.durationSeconds().ifPresent(d -> parameters.put("DurationSeconds", d.toString()));
            Workload workload = workload(ctx, caller.get(), registration, receivedAt);
            parameters.put("WorkloadId", workload.id());
            decision = Optional.of(checks.authorize(workload, receivedAt));
            if (decision.get() instanceof AuthorizationDecision.Deny deny) {
                throw new AwsError(AwsErrorCode.ACCESS_DENIED, deny.message());
            }
            registry.add(workload, receivedAt);
            try {
                sessions.first(workload, (AuthorizationDecision.Allow) decision.get());
            } catch (RuntimeException e) {
                registry.remove(workload.id());
                throw e;
            }
            ctx.status(200).contentType("application/json").header(ErrorResponses.REQUEST_ID_HEADER, requestId)
                    .result(registered(ctx, workload));
            LOG.info("Workload {} registered: role {} session {} service {} by {}", workload.id(), workload.roleArn(),
                    workload.sessionName(), workload.service().map(ServicePrincipal::name).orElse("-"),
                    workload.launcher().identity().arn());
            audit(requestId, receivedAt, "RegisterWorkload", caller, ctx, 200, Optional.empty(), decision, start,
                    Optional.empty(), parameters);
        } catch (AwsError error) {
            ErrorResponses.send(ctx, STS_NAMESPACE, requestId, error);
            audit(requestId, receivedAt, "RegisterWorkload", caller, ctx, error.code().httpStatus(),
                    Optional.of(error.code().code()), decision, start, Optional.of(auditedMessage(error)), parameters);
        }
    }

    private Workload workload(Context ctx, AuthenticatedCaller<WardenPrincipal> caller,
            WorkloadRegistration registration, Instant now) {
        WardenPrincipal launcher = caller.principal();
        Role role;
        Optional<InstanceProfile> profile = Optional.empty();
        if (registration.instanceProfile().isPresent()) {
            profile = Optional.of(instanceProfile(registration.instanceProfile().get()));
            if (profile.get().roles().isEmpty()) {
                throw new AwsError(AwsErrorCode.VALIDATION_ERROR, "Check failed: instance profile. The instance profile "
                        + profile.get().instanceProfileName() + " has no role.");
            }
            role = role(profile.get().roles().get(0).arn(), launcher);
        } else {
            role = role(registration.role().orElseThrow(), launcher);
        }
        boolean chaining = registration.service().isEmpty() && launcher.session()
                .map(claims -> claims.principal() instanceof SessionPrincipal.AssumedRole).orElse(false);
        Duration duration;
        try {
            StsInputRules.roleSessionName(registration.sessionName());
            duration = StsInputRules.assumeRoleDuration(registration.durationSeconds().orElse(null),
                    role.maxSessionDuration(), chaining);
        } catch (IamException e) {
            throw new AwsError(AwsErrorCode.VALIDATION_ERROR, e.getMessage());
        }
        String id = "wl-" + HexFormat.of().formatHex(randomBytes(12));
        return new Workload(id, WorkloadToken.generate(random), role.arn(), role.roleName(), registration.sessionName(),
                registration.service(), profile.map(InstanceProfile::arn), profile.map(InstanceProfile::instanceProfileId),
                registration.imdsV1(), duration, caller, sourceIdentity(launcher), caller.scope().region(), ctx.ip(),
                Optional.ofNullable(ctx.userAgent()).orElse(""), now, now.plus(registry.lifetime()));
    }

    private Role role(String nameOrArn, WardenPrincipal launcher) {
        Optional<Role> role;
        if (nameOrArn.startsWith("arn:")) {
            role = iam.roles().findRoleByArn(nameOrArn);
        } else {
            try {
                role = Optional.of(iam.roles().getRole(nameOrArn)).flatMap(r -> iam.roles().findRoleByArn(r.arn()));
            } catch (IamException e) {
                role = Optional.empty();
            }
        }
        return role.orElseThrow(() -> new AwsError(AwsErrorCode.ACCESS_DENIED, "Check failed: role. User: "
                + launcher.caller().arn() + " cannot use role " + nameOrArn + ": no such role in account "
                + launcher.accountId() + "."));
    }

    private InstanceProfile instanceProfile(String name) {
        try {
            return iam.instanceProfiles().getInstanceProfile(name);
        } catch (IamException e) {
            throw new AwsError(AwsErrorCode.NO_SUCH_ENTITY, "Check failed: instance profile. " + e.getMessage());
        }
    }

    /**
     * Who launched the workload, as a source identity ({@code [\w+=,.@-]{2,64}}): the calling session's
     * own source identity when it has one (it is immutable down a chain), else the user's name, the
     * role session's name, or {@code root}.
     */
    static String sourceIdentity(WardenPrincipal launcher) {
        Optional<String> inherited = launcher.session().map(SessionClaims::sourceIdentity);
        if (inherited.isPresent()) {
            return inherited.get();
        }
        String name = launcher.userName().orElseGet(() -> launcher.session()
                .map(SessionClaims::principal)
                .filter(p -> p instanceof SessionPrincipal.AssumedRole)
                .map(p -> ((SessionPrincipal.AssumedRole) p).sessionName())
                .orElse("root"));
        String cleaned = name.replaceAll("[^\\w+=,.@-]", "-");
        if (cleaned.length() > 64) {
            cleaned = cleaned.substring(0, 64);
        }
        return cleaned.length() < 2 ? cleaned + "-launcher" : cleaned;
    }

    private String registered(Context ctx, Workload workload) {
        String base = "http://127.0.0.1:" + ctx.req().getLocalPort();
        ObjectNode node = JSON.createObjectNode();
        node.put("workloadId", workload.id());
        node.put("containerCredentialsFullUri", base + PREFIX + "/" + workload.id() + "/credentials");
        node.put("authorizationToken", workload.token().reveal());
        node.put("metadataEndpoint", base + IMDS_PREFIX + "/" + workload.id() + "/");
        node.put("roleArn", workload.roleArn());
        node.put("roleName", workload.roleName());
        node.put("sessionName", workload.sessionName());
        workload.service().ifPresent(s -> node.put("service", s.name()));
        workload.sourceArn().ifPresent(arn -> node.put("sourceArn", arn));
        node.put("sourceIdentity", workload.sourceIdentity());
        node.put("expiresAt", CredentialsJson.time(workload.endsAt()));
        return node.toString();
    }

    private void deregister(Context ctx, SigV4Verifier<WardenPrincipal> verifier) {
        Instant receivedAt = clock.instant();
        long start = System.nanoTime();
        String requestId = UUID.randomUUID().toString();
        Optional<AuthenticatedCaller<WardenPrincipal>> caller = Optional.empty();
        Map<String, String> parameters = Map.of("WorkloadId", ctx.pathParam("id"));
        try {
            caller = Optional.of(authenticate(ctx, verifier, body(ctx)));
            String callerArn = caller.get().identity().arn();
            Optional<Workload> workload = registry.find(ctx.pathParam("id"), receivedAt)
                    .filter(w -> w.launcher().identity().arn().equals(callerArn));
            if (workload.isEmpty()) {
                // Someone else's workload is answered like a missing one: ids are not for probing.
                throw new AwsError(AwsErrorCode.NO_SUCH_ENTITY, "The workload " + ctx.pathParam("id")
                        + " is not registered by " + callerArn + " on this node.");
            }
            end(workload.get());
            ctx.status(204).header(ErrorResponses.REQUEST_ID_HEADER, requestId);
            audit(requestId, receivedAt, "DeregisterWorkload", caller, ctx, 204, Optional.empty(), Optional.empty(),
                    start, Optional.empty(), parameters);
        } catch (AwsError error) {
            ErrorResponses.send(ctx, STS_NAMESPACE, requestId, error);
            audit(requestId, receivedAt, "DeregisterWorkload", caller, ctx, error.code().httpStatus(),
                    Optional.of(error.code().code()), Optional.empty(), start, Optional.of(auditedMessage(error)),
                    parameters);
        }
    }

    private void end(Workload workload) {
        registry.remove(workload.id());
        sessions.forget(workload.id());
        imdsTokens.forget(workload.id());
    }

    private static AuthenticatedCaller<WardenPrincipal> authenticate(Context ctx,
            SigV4Verifier<WardenPrincipal> verifier, byte[] body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(ctx.req().getHeaderNames())) {
            headers.computeIfAbsent(name, n -> new ArrayList<>()).addAll(Collections.list(ctx.req().getHeaders(name)));
        }
        SignedRequest signed = new SignedRequest(ctx.req().getMethod(), ctx.req().getRequestURI(),
                ctx.req().getQueryString(), headers, body);
        if (!SigV4Verifier.isSigned(signed)) {
            throw new AwsError(AwsErrorCode.MISSING_AUTHENTICATION_TOKEN, "Request is missing Authentication Token");
        }
        return verifier.verify(signed, Set.of(QueryService.STS.signingName()));
    }

    private static byte[] body(Context ctx) {
        if (ctx.req().getContentLengthLong() > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        try {
            byte[] body = ctx.req().getInputStream().readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw new AwsError(AwsErrorCode.MALFORMED_HTTP_REQUEST, "The request body could not be read.");
        }
    }

    /** As the Query endpoint answers an oversized body: 413, not a validation error of some member. */
    private static AwsError tooLarge() {
        return new AwsError(AwsErrorCode.REQUEST_ENTITY_TOO_LARGE,
                "The workload registration is larger than " + MAX_BODY_BYTES + " bytes.");
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    // ---- audit ----------------------------------------------------------------------------------

    private void audit(String requestId, Instant receivedAt, String action,
            Optional<AuthenticatedCaller<WardenPrincipal>> caller, Context ctx, int status, Optional<String> errorCode,
            Optional<AuthorizationDecision> decision, long startNanos, Optional<String> errorMessage,
            Map<String, String> parameters) {
        record(new AuditEvent(requestId, receivedAt, QueryService.STS.signingName(), Optional.of(action),
                caller.map(AuthenticatedCaller::identity), caller.map(AuthenticatedCaller::accessKeyId), ctx.ip(),
                Optional.ofNullable(ctx.userAgent()).orElse(""), status, errorCode, decision,
                Duration.ofNanos(System.nanoTime() - startNanos), caller.map(c -> c), errorMessage, parameters));
    }

    private void record(AuditEvent event) {
        try {
            audit.record(event);
        } catch (RuntimeException e) {
            LOG.error("Audit sink failed for workload request {}", event.requestId(), e);
        }
    }

    private static String auditedMessage(AwsError error) {
        String message = error.getMessage();
        int details = message.indexOf('\n');
        return details < 0 ? message : message.substring(0, details);
    }
}
