package dev.warden.server;

import dev.warden.core.id.UnguardedUuids;
import dev.warden.server.auth.AuthenticatedCaller;
import dev.warden.server.auth.SigV4Verifier;
import dev.warden.server.auth.SignedRequest;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.error.ErrorResponses;
import dev.warden.server.error.UnexpectedErrorHandler;
import dev.warden.server.query.FormDecoder;
import dev.warden.server.query.QueryParameters;
import dev.warden.server.query.QueryService;
import dev.warden.server.xml.QueryXmlDocuments;
import dev.warden.server.xml.XmlResult;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET|POST /…}: the AWS Query pipeline, one way through
 * authenticate → decode → route → authorize → act → encode → audit.
 *
 * <p>Any path is accepted: the CLI keeps an endpoint's path prefix, JS adds a slash, Java drops it
 * (wire-protocol.md §2.4), so the service is told by the credential scope, never by the path.
 */
final class QueryEndpoint<P> implements Handler {

    private static final Logger LOG = LoggerFactory.getLogger(QueryEndpoint.class);
    private static final String NO_VERSION = "NO_VERSION_SPECIFIED";
    /** Every Query API Warden speaks, with or without handlers yet: an unknown action is InvalidAction. */
    private static final Set<String> SERVED_SERVICES =
            QueryService.ALL.stream().map(QueryService::signingName).collect(Collectors.toUnmodifiableSet());

    private final SigV4Verifier<P> verifier;
    private final HandlerRegistry<P> registry;
    private final RequestAuthorizer<P> authorizer;
    private final AuditSink audit;
    private final RequestMetrics metrics;
    private final Clock clock;
    private final int maxBodyBytes;

    QueryEndpoint(SigV4Verifier<P> verifier, HandlerRegistry<P> registry, RequestAuthorizer<P> authorizer,
            AuditSink audit, RequestMetrics metrics, Clock clock, int maxBodyBytes) {
        this.verifier = verifier;
        this.registry = registry;
        this.authorizer = authorizer;
        this.audit = audit;
        this.metrics = metrics;
        this.clock = clock;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** What is known about the request so far; filled in as the pipeline advances. */
    private final class Progress {
        final String requestId = UnguardedUuids.nextString();
        final Instant receivedAt = clock.instant();
        final long startNanos = System.nanoTime();
        Optional<QueryService> service = Optional.empty();
        Optional<String> action = Optional.empty();
        boolean routed;
        Optional<AuthenticatedCaller<P>> caller = Optional.empty();
        Optional<AuthorizationDecision> decision = Optional.empty();
        Map<String, String> parameters = Map.of();
        Optional<SignedRequest> signed = Optional.empty();
    }

    @Override
    public void handle(Context ctx) {
        Progress progress = new Progress();
        int status;
        Optional<String> errorCode = Optional.empty();
        Optional<String> errorMessage = Optional.empty();
        try {
            byte[] response = process(ctx, progress);
            status = 200;
            ctx.status(status);
            ctx.header(ErrorResponses.REQUEST_ID_HEADER, progress.requestId);
            ctx.contentType(QueryXmlDocuments.CONTENT_TYPE);
            ctx.result(response);
        } catch (AwsError error) {
            status = error.code().httpStatus();
            errorCode = Optional.of(error.code().code());
            errorMessage = Optional.of(auditedMessage(error));
            ErrorResponses.send(ctx, namespace(progress), progress.requestId, error);
        } catch (RuntimeException unexpected) {
            status = AwsErrorCode.INTERNAL_FAILURE.httpStatus();
            errorCode = Optional.of(AwsErrorCode.INTERNAL_FAILURE.code());
            errorMessage = Optional.of(UnexpectedErrorHandler.INTERNAL_FAILURE_MESSAGE);
            LOG.error("Unexpected failure, request {} service {} action {}", progress.requestId,
                    progress.service.map(QueryService::signingName).orElse("-"), progress.action.orElse("-"),
                    unexpected);
            ErrorResponses.send(ctx, namespace(progress), progress.requestId, AwsErrorCode.INTERNAL_FAILURE,
                    UnexpectedErrorHandler.INTERNAL_FAILURE_MESSAGE);
        }
        finish(ctx, progress, status, errorCode, errorMessage);
    }

    private byte[] process(Context ctx, Progress progress) {
        byte[] body = RequestBody.read(ctx.req().getContentLengthLong(), inputStream(ctx.req()), maxBodyBytes);
        SignedRequest signed = signedRequest(ctx.req(), body);
        progress.signed = Optional.of(signed);

        QueryParameters params;
        QueryHandler<P> handler;
        if (SigV4Verifier.isSigned(signed)) {
            AuthenticatedCaller<P> caller = verifier.verify(signed, SERVED_SERVICES, () -> intendedService(signed, body));
            progress.caller = Optional.of(caller);
            progress.service = QueryService.bySigningName(caller.scope().service());
            params = decode(signed, body);
            progress.parameters = params.asMap();
            handler = route(progress, params);
        } else {
            params = decodeUnsigned(signed, body);
            progress.parameters = params.asMap();
            progress.service = params.optionalString("Version").flatMap(QueryService::byVersion);
            handler = routeUnsigned(progress, params);
        }

        QueryService service = progress.service.orElseThrow();
        QueryCall<P> call = new QueryCall<>(progress.requestId, service, progress.action.orElseThrow(), params,
                progress.caller, progress.receivedAt, ctx.ip(), Optional.ofNullable(ctx.userAgent()).orElse(""),
                "https".equalsIgnoreCase(ctx.scheme()));
        AuthorizationDecision decision = authorizer.authorize(call);
        progress.decision = Optional.of(decision);
        if (decision instanceof AuthorizationDecision.Deny deny) {
            throw new AwsError(AwsErrorCode.ACCESS_DENIED, deny.message());
        }
        XmlResult result = handler.handle(call);
        return QueryXmlDocuments.success(service.xmlNamespace(), call.action(), progress.requestId, result);
    }

    private QueryHandler<P> route(Progress progress, QueryParameters params) {
        QueryService service = progress.service.orElseThrow();
        String action = params.optionalString("Action").filter(a -> !a.isEmpty())
                .orElseThrow(() -> new AwsError(AwsErrorCode.MISSING_ACTION, "Missing Action"));
        progress.action = Optional.of(action);
        String version = params.optionalString("Version").orElse(NO_VERSION);
        Optional<QueryHandler<P>> handler = registry.find(service.signingName(), action);
        if (!version.equals(service.version()) || handler.isEmpty()) {
            throw new AwsError(AwsErrorCode.INVALID_ACTION,
                    "Could not find operation " + action + " for version " + version);
        }
        progress.routed = true;
        return handler.get();
    }

    /**
     * The service a request signed for none of Warden's was meant for, told by its {@code Version}
     * as AWS tells it by the endpoint; empty when the parameters cannot be read or name none.
     */
    private static Optional<String> intendedService(SignedRequest signed, byte[] body) {
        try {
            return decode(signed, body).optionalString("Version").flatMap(QueryService::byVersion)
                    .map(QueryService::signingName);
        } catch (AwsError unreadable) {
            return Optional.empty();
        }
    }

    /**
     * Without a signature only {@link SignatureRequirement#UNSIGNED} operations are reachable; every
     * other outcome, including an unreadable body, is {@code MissingAuthenticationToken}, so that
     * unauthenticated clients learn nothing about the rest.
     */
    private QueryHandler<P> routeUnsigned(Progress progress, QueryParameters params) {
        Optional<QueryHandler<P>> handler = progress.service.flatMap(service -> params.optionalString("Action")
                .flatMap(action -> registry.find(service.signingName(), action)));
        if (handler.isEmpty() || handler.get().signatureRequirement() != SignatureRequirement.UNSIGNED) {
            throw missingAuthentication();
        }
        progress.action = params.optionalString("Action");
        progress.routed = true;
        return handler.get();
    }

    private QueryParameters decodeUnsigned(SignedRequest signed, byte[] body) {
        try {
            return decode(signed, body);
        } catch (AwsError e) {
            throw missingAuthentication();
        }
    }

    private static AwsError missingAuthentication() {
        return new AwsError(AwsErrorCode.MISSING_AUTHENTICATION_TOKEN, "Request is missing Authentication Token");
    }

    /** Query-string parameters (without presigning ones) plus the form body. */
    private static QueryParameters decode(SignedRequest signed, byte[] body) {
        Map<String, String> fromQuery = FormDecoder.decode(signed.rawQuery(), SigV4Verifier::isQueryAuthParameter);
        Map<String, String> fromBody = body.length == 0 ? Map.of() : FormDecoder.decode(body);
        return QueryParameters.of(FormDecoder.merge(fromQuery, fromBody));
    }

    private static SignedRequest signedRequest(HttpServletRequest req, byte[] body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(req.getHeaderNames())) {
            headers.computeIfAbsent(name, n -> new ArrayList<>()).addAll(Collections.list(req.getHeaders(name)));
        }
        return new SignedRequest(req.getMethod(), req.getRequestURI(), req.getQueryString(), headers, body);
    }

    private static InputStream inputStream(HttpServletRequest req) {
        try {
            return req.getInputStream();
        } catch (IOException e) {
            throw new AwsError(AwsErrorCode.MALFORMED_HTTP_REQUEST, "The request body could not be read.");
        }
    }

    /**
     * The answering service's XML namespace. A request whose signature failed has no verified service
     * yet; the service its credential scope names answers (an STS call with a bad signature gets STS's
     * namespace, as from AWS).
     */
    private String namespace(Progress progress) {
        return progress.service
                .or(() -> progress.signed.flatMap(SigV4Verifier::claimedService).flatMap(QueryService::bySigningName))
                .orElse(QueryService.IAM).xmlNamespace();
    }

    /**
     * The message as the audit trail keeps it. A signature mismatch answer carries the canonical
     * request, whose headers may include the session token: the audit keeps only the first sentence.
     */
    private static String auditedMessage(AwsError error) {
        String message = error.getMessage();
        if (error.code() == AwsErrorCode.SIGNATURE_DOES_NOT_MATCH) {
            int details = message.indexOf('\n');
            return details < 0 ? message : message.substring(0, details);
        }
        return message;
    }

    private void finish(Context ctx, Progress progress, int status, Optional<String> errorCode,
            Optional<String> errorMessage) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - progress.startNanos);
        String service = progress.service.map(QueryService::signingName).orElse(RequestMetrics.UNKNOWN);
        String action = progress.routed ? progress.action.orElseThrow() : RequestMetrics.UNKNOWN;
        metrics.record(service, action, errorCode.orElse("success"), elapsed);
        AuditEvent event = new AuditEvent(progress.requestId, progress.receivedAt, service, progress.action,
                progress.caller.map(AuthenticatedCaller::identity), progress.caller.map(AuthenticatedCaller::accessKeyId),
                ctx.ip(), Optional.ofNullable(ctx.userAgent()).orElse(""), status, errorCode, progress.decision,
                elapsed, progress.caller.map(c -> c), errorMessage, progress.parameters);
        try {
            audit.record(event);
        } catch (RuntimeException e) {
            LOG.error("Audit sink failed for request {}", progress.requestId, e);
        }
    }
}
