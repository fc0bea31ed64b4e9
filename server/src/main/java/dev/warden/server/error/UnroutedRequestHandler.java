package dev.warden.server.error;

import io.javalin.http.Context;
import io.javalin.http.ExceptionHandler;
import io.javalin.http.HttpResponseException;
import java.util.UUID;

/**
 * Answers what Javalin refuses by itself with an AWS-shaped error instead of its plain-text page
 * ("Endpoint INVALID / not found"). Every method Warden serves is routed for every path, so a request
 * Javalin finds no endpoint for has a method no route takes (an unknown verb, TRACE, CONNECT) or a
 * request target that is no path ({@code OPTIONS *}): {@code MethodNotAllowed}. Other statuses keep
 * their meaning: 413 is {@code RequestEntityTooLarge}, anything else {@code MalformedHttpRequest}.
 */
public final class UnroutedRequestHandler implements ExceptionHandler<HttpResponseException> {

    /** Methods are echoed in the message; an absurdly long one is cut. */
    private static final int MAX_METHOD_CHARS = 32;

    private final String namespace;

    public UnroutedRequestHandler(String namespace) {
        this.namespace = namespace;
    }

    @Override
    public void handle(HttpResponseException exception, Context ctx) {
        String requestId = UUID.randomUUID().toString();
        switch (exception.getStatus()) {
            case 404, 405 -> ErrorResponses.send(ctx, namespace, requestId, AwsErrorCode.METHOD_NOT_ALLOWED,
                    "The HTTP method " + method(ctx) + " is not allowed on " + target(ctx) + ".");
            case 413 -> ErrorResponses.send(ctx, namespace, requestId, AwsErrorCode.REQUEST_ENTITY_TOO_LARGE,
                    "The request body is too large.");
            default -> ErrorResponses.send(ctx, namespace, requestId, AwsErrorCode.MALFORMED_HTTP_REQUEST,
                    "The HTTP request is malformed.");
        }
    }

    private static String method(Context ctx) {
        String method = ctx.req().getMethod();
        return method.length() <= MAX_METHOD_CHARS ? method : method.substring(0, MAX_METHOD_CHARS) + "…";
    }

    private static String target(Context ctx) {
        String target = ctx.req().getRequestURI();
        return target.startsWith("/") ? "this endpoint" : "'" + target + "'";
    }
}
