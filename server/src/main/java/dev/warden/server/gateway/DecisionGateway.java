package dev.warden.server.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.server.AuditEvent;
import dev.warden.server.AuditSink;
import dev.warden.server.AuthorizationDecision;
import dev.warden.server.RequestMetrics;
import dev.warden.server.auth.AuthenticatedCaller;
import dev.warden.server.auth.SigV4Verifier;
import dev.warden.server.auth.SignedRequest;
import dev.warden.server.authz.ServiceAction;
import dev.warden.server.authz.ServiceActionAuthorizer;
import dev.warden.server.encoding.PercentEncoding;
import dev.warden.server.error.AwsError;
import dev.warden.server.principal.WardenPrincipal;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
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
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decision gateway: signed calls to services Warden does not run (Glue, Lambda, Step Functions,
 * EMR) are authenticated, mapped to their IAM action and resource ({@link GatewayOperations}),
 * authorized by the policy engine and audited exactly like IAM calls. A denial is answered with the
 * service's own AccessDeniedException; an allowed call gets a minimal well-formed answer marked
 * {@code x-warden-gateway: decision-only}: nothing runs.
 */
public final class DecisionGateway implements Handler {

    static final String MARK_HEADER = "x-warden-gateway";
    static final String MARK = "decision-only";
    /** Lambda's synchronous invocation payload limit. */
    static final int MAX_BODY_BYTES = 6 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(DecisionGateway.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SigV4Verifier<WardenPrincipal> verifier;
    private final ServiceActionAuthorizer authorizer;
    private final AuditSink audit;
    private final RequestMetrics metrics;
    private final Clock clock;
    private final Set<String> signingNames;

    public DecisionGateway(SigV4Verifier<WardenPrincipal> verifier, ServiceActionAuthorizer authorizer,
            AuditSink audit, RequestMetrics metrics, Clock clock) {
        this.verifier = verifier;
        this.authorizer = authorizer;
        this.audit = audit;
        this.metrics = metrics;
        this.clock = clock;
        this.signingNames = Set.copyOf(GatewayOperations.signingNames());
    }

    /** The signing names of the services the gateway decides for. */
    public List<String> signingNames() {
        return GatewayOperations.signingNames();
    }

    @Override
    public void handle(Context ctx) {
        String requestId = UUID.randomUUID().toString();
        Instant receivedAt = clock.instant();
        long start = System.nanoTime();
        GatewayProtocol protocol = ctx.header("X-Amz-Target") == null ? GatewayProtocol.REST_JSON
                : GatewayProtocol.JSON_1_1;
        Optional<AuthenticatedCaller<WardenPrincipal>> caller = Optional.empty();
        Optional<GatewayOperation> operation = Optional.empty();
        Optional<AuthorizationDecision> decision = Optional.empty();
        Map<String, String> parameters = new LinkedHashMap<>();
        String service = "unknown";
        int status;
        Optional<String> errorCode = Optional.empty();
        Optional<String> errorMessage = Optional.empty();
        ctx.header("x-amzn-RequestId", requestId);
        try {
            byte[] body = readBody(ctx);
            AuthenticatedCaller<WardenPrincipal> verified;
            try {
                verified = verifier.verify(signed(ctx, body), signingNames);
            } catch (AwsError e) {
                throw authenticationError(e);
            }
            caller = Optional.of(verified);
            service = verified.scope().service();
            String region = verified.scope().region().equals("aws-global") ? "us-east-1" : verified.scope().region();
            List<String> pathParameters = List.of();
            if (protocol == GatewayProtocol.REST_JSON) {
                Optional<GatewayOperations.Matched> matched =
                        GatewayOperations.byPath(service, ctx.method().name(), ctx.req().getRequestURI());
                operation = matched.map(GatewayOperations.Matched::operation);
                pathParameters = matched.map(m -> m.rawParameters().stream()
                        .map(p -> PercentEncoding.decode(p, false)).toList()).orElse(List.of());
            } else {
                operation = GatewayOperations.byTarget(service, ctx.header("X-Amz-Target"));
            }
            if (operation.isEmpty()) {
                throw new GatewayError("UnknownOperationException", 404,
                        "Warden's decision gateway does not know this " + service + " operation.");
            }
            GatewayOperation op = operation.get();
            protocol = op.protocol();
            JsonNode input = parseJson(body, protocol);
            if (protocol != GatewayProtocol.REST_JSON) {
                // A REST body is the operation's payload (a Lambda event), not its parameters: not audited.
                input.fields().forEachRemaining(e -> parameters.put(e.getKey(), e.getValue().isTextual()
                        ? e.getValue().asText() : e.getValue().toString()));
            }
            for (int i = 0; i < pathParameters.size(); i++) {
                parameters.put("pathParameter" + (i + 1), pathParameters.get(i));
            }
            GatewayInput in = new GatewayInput(input, pathParameters, region, verified.identity().account(),
                    receivedAt);
            AuthorizationDecision decided = authorizer.authorize(new ServiceAction(verified, op.action(),
                    op.resource().apply(in), Map.of(), Optional.empty(), "", receivedAt, ctx.ip(),
                    Optional.ofNullable(ctx.userAgent()).orElse(""), "https".equalsIgnoreCase(ctx.scheme())));
            decision = Optional.of(decided);
            if (decided instanceof AuthorizationDecision.Deny deny) {
                throw new GatewayError("AccessDeniedException", 403, deny.message());
            }
            JsonNode answer = op.answer().apply(in);
            status = op.status();
            ctx.status(status).header(MARK_HEADER, MARK);
            if (op.name().equals("Invoke")) {
                ctx.header("X-Amz-Executed-Version", "$LATEST");
            }
            if (answer == null) {
                ctx.result(new byte[0]);
            } else {
                ctx.contentType(op.protocol().contentType()).result(answer.toString());
            }
        } catch (GatewayError error) {
            status = protocol.status(error.restStatus());
            errorCode = Optional.of(error.type());
            errorMessage = Optional.of(error.getMessage());
            send(ctx, protocol, status, error);
        } catch (RuntimeException unexpected) {
            LOG.error("Unexpected gateway failure, request {}", requestId, unexpected);
            GatewayError internal = new GatewayError("ServiceException", 500, "Internal failure.");
            status = 500;
            errorCode = Optional.of(internal.type());
            errorMessage = Optional.of(internal.getMessage());
            send(ctx, protocol, status, internal);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        metrics.record(service, operation.map(GatewayOperation::name).orElse(RequestMetrics.UNKNOWN),
                errorCode.orElse("success"), elapsed);
        AuditEvent event = new AuditEvent(requestId, receivedAt, service, operation.map(GatewayOperation::name),
                caller.map(AuthenticatedCaller::identity), caller.map(AuthenticatedCaller::accessKeyId), ctx.ip(),
                Optional.ofNullable(ctx.userAgent()).orElse(""), status, errorCode, decision,
                elapsed, caller.map(c -> c), errorMessage, parameters);
        try {
            audit.record(event);
        } catch (RuntimeException e) {
            LOG.error("Audit sink failed for gateway request {}", requestId, e);
        }
    }

    private static void send(Context ctx, GatewayProtocol protocol, int status, GatewayError error) {
        ctx.status(status).header("x-amzn-ErrorType", error.type()).contentType(protocol.contentType());
        if (protocol == GatewayProtocol.REST_JSON) {
            ctx.result(JSON.createObjectNode().put("Type", "User").put("Message", error.getMessage()).toString());
        } else {
            ctx.result(JSON.createObjectNode().put("__type", error.type()).put("message", error.getMessage())
                    .toString());
        }
    }

    private static GatewayError authenticationError(AwsError e) {
        return switch (e.code()) {
            case INVALID_CLIENT_TOKEN_ID -> new GatewayError("UnrecognizedClientException", 403,
                    "The security token included in the request is invalid.");
            case SIGNATURE_DOES_NOT_MATCH -> new GatewayError("InvalidSignatureException", 403, e.getMessage());
            case EXPIRED_TOKEN -> new GatewayError("ExpiredTokenException", 403,
                    "The security token included in the request is expired");
            case MISSING_AUTHENTICATION_TOKEN -> new GatewayError("MissingAuthenticationTokenException", 403,
                    e.getMessage());
            default -> new GatewayError(e.code().code(), e.code().httpStatus(), e.getMessage());
        };
    }

    private static JsonNode parseJson(byte[] body, GatewayProtocol protocol) {
        if (body.length == 0) {
            return GatewayOperations.emptyBody();
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : GatewayOperations.emptyBody();
        } catch (IOException e) {
            if (protocol == GatewayProtocol.REST_JSON) {
                return GatewayOperations.emptyBody(); // an invocation payload need not be an object
            }
            throw new GatewayError("SerializationException", 400, "The request body is not valid JSON.");
        }
    }

    private static byte[] readBody(Context ctx) {
        if (ctx.req().getContentLengthLong() > MAX_BODY_BYTES) {
            throw new GatewayError("RequestEntityTooLargeException", 413, "Request must be smaller than "
                    + MAX_BODY_BYTES + " bytes.");
        }
        try {
            byte[] body = ctx.req().getInputStream().readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new GatewayError("RequestEntityTooLargeException", 413, "Request must be smaller than "
                        + MAX_BODY_BYTES + " bytes.");
            }
            return body;
        } catch (IOException e) {
            throw new GatewayError("SerializationException", 400, "The request body could not be read.");
        }
    }

    private static SignedRequest signed(Context ctx, byte[] body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(ctx.req().getHeaderNames())) {
            headers.computeIfAbsent(name, n -> new ArrayList<>()).addAll(Collections.list(ctx.req().getHeaders(name)));
        }
        SignedRequest request = new SignedRequest(ctx.req().getMethod(), ctx.req().getRequestURI(),
                ctx.req().getQueryString(), headers, body);
        SigV4Verifier.isSigned(request);
        return request;
    }
}
