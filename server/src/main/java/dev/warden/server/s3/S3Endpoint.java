package dev.warden.server.s3;

import dev.warden.server.AuditEvent;
import dev.warden.server.AuditSink;
import dev.warden.server.AuthorizationDecision;
import dev.warden.server.RequestMetrics;
import dev.warden.server.auth.AuthenticatedCaller;
import dev.warden.server.auth.SigV4Verifier;
import dev.warden.server.auth.SignedRequest;
import dev.warden.server.auth.StreamingVerification;
import dev.warden.server.error.AwsError;
import dev.warden.server.principal.WardenPrincipal;
import dev.warden.server.query.FormDecoder;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * S3 on Warden's endpoint, path-style ({@code /bucket/key}): requests signed for {@code s3} are
 * authenticated (header signature first, then the body as it streams), routed to an
 * {@link S3Operation}, authorized by the policy engine like every IAM call (with the bucket policy as
 * resource policy), carried out on the {@link BucketStore}, answered in S3's XML and error shapes, and
 * audited with event source {@code s3.amazonaws.com}.
 */
public final class S3Endpoint implements Handler {

    static final String SIGNING_NAME = "s3";
    private static final Logger LOG = LoggerFactory.getLogger(S3Endpoint.class);

    private final SigV4Verifier<WardenPrincipal> verifier;
    private final S3Operations operations;
    private final AuditSink audit;
    private final RequestMetrics metrics;
    private final Clock clock;

    S3Endpoint(SigV4Verifier<WardenPrincipal> verifier, S3Operations operations, AuditSink audit,
            RequestMetrics metrics, Clock clock) {
        this.verifier = verifier;
        this.operations = operations;
        this.audit = audit;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** S3 with its data under {@code root} (normally {@code $WARDEN_HOME/s3}). */
    public static S3Endpoint create(Path root, SigV4Verifier<WardenPrincipal> verifier,
            S3Authorization authorization, AuditSink audit, RequestMetrics metrics, Clock clock) {
        return new S3Endpoint(verifier, new S3Operations(new BucketStore(root, clock), authorization), audit, metrics,
                clock);
    }

    @Override
    public void handle(Context ctx) {
        String requestId = UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
        Instant receivedAt = clock.instant();
        long start = System.nanoTime();
        Optional<AuthenticatedCaller<WardenPrincipal>> caller = Optional.empty();
        Optional<S3Operation> operation = Optional.empty();
        Map<String, String> parameters = new LinkedHashMap<>();
        S3Operations.Outcome outcome = new S3Operations.Outcome();
        int status;
        Optional<String> errorCode = Optional.empty();
        Optional<String> errorMessage = Optional.empty();
        try {
            SignedRequest signed = headersOnly(ctx.req());
            if (LegacyS3Signature.usedBy(signed)) {
                throw LegacyS3Signature.refused();
            }
            StreamingVerification<WardenPrincipal> verification;
            try {
                SigV4Verifier.isSigned(signed);
                verification = verifier.verifyS3(signed, Set.of(SIGNING_NAME));
            } catch (AwsError e) {
                throw S3Errors.fromAuthentication(e, signed);
            }
            caller = Optional.of(verification.caller());
            S3Address address = S3Address.parse(ctx.req().getRequestURI());
            address.bucket().ifPresent(b -> parameters.put("bucketName", b));
            address.key().ifPresent(k -> parameters.put("key", k));
            Map<String, String> query = FormDecoder.decode(signed.rawQuery(), SigV4Verifier::isQueryAuthParameter);
            query.forEach(parameters::putIfAbsent);
            operation = S3Operation.route(ctx.method().name(), address, query,
                    ctx.header("x-amz-copy-source") != null);
            if (operation.isEmpty()) {
                throw new S3Error("NotImplemented", 501,
                        "A header or query you provided implies functionality that Warden's S3 does not implement.");
            }
            Optional.ofNullable(ctx.header("x-amz-copy-source"))
                    .ifPresent(source -> parameters.put("copySource", source));
            operations.perform(new S3Call(requestId, receivedAt, ctx, operation.get(), address, query, verification),
                    outcome);
            status = ctx.statusCode();
        } catch (S3Error error) {
            status = error.httpStatus();
            errorCode = Optional.of(error.code());
            errorMessage = Optional.of(error.getMessage());
            S3Errors.send(ctx, requestId, error);
        } catch (AwsError error) {
            S3Error s3 = S3Errors.fromAuthentication(error);
            status = s3.httpStatus();
            errorCode = Optional.of(s3.code());
            errorMessage = Optional.of(s3.getMessage());
            S3Errors.send(ctx, requestId, s3);
        } catch (RuntimeException unexpected) {
            LOG.error("Unexpected S3 failure, request {} operation {}", requestId,
                    operation.map(S3Operation::operationName).orElse("-"), unexpected);
            S3Error internal = new S3Error("InternalError", 500,
                    "We encountered an internal error. Please try again.");
            status = internal.httpStatus();
            errorCode = Optional.of(internal.code());
            errorMessage = Optional.of(internal.getMessage());
            S3Errors.send(ctx, requestId, internal);
        }
        record(ctx, requestId, receivedAt, start, caller, operation, outcome.decision(), status, errorCode,
                errorMessage, parameters);
    }

    private void record(Context ctx, String requestId, Instant receivedAt, long start,
            Optional<AuthenticatedCaller<WardenPrincipal>> caller, Optional<S3Operation> operation,
            Optional<AuthorizationDecision> decision, int status, Optional<String> errorCode,
            Optional<String> errorMessage, Map<String, String> parameters) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        metrics.record(SIGNING_NAME, operation.map(S3Operation::operationName).orElse(RequestMetrics.UNKNOWN),
                errorCode.orElse("success"), elapsed);
        AuditEvent event = new AuditEvent(requestId, receivedAt, SIGNING_NAME,
                operation.map(S3Operation::operationName), caller.map(AuthenticatedCaller::identity),
                caller.map(AuthenticatedCaller::accessKeyId), ctx.ip(),
                Optional.ofNullable(ctx.userAgent()).orElse(""), status, errorCode, decision,
                elapsed, caller.map(c -> c), errorMessage, parameters);
        try {
            audit.record(event);
        } catch (RuntimeException e) {
            LOG.error("Audit sink failed for S3 request {}", requestId, e);
        }
    }

    private static SignedRequest headersOnly(HttpServletRequest req) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(req.getHeaderNames())) {
            headers.computeIfAbsent(name, n -> new ArrayList<>()).addAll(Collections.list(req.getHeaders(name)));
        }
        return new SignedRequest(req.getMethod(), req.getRequestURI(), req.getQueryString(), headers, new byte[0]);
    }
}
