package dev.warden.server.error;

import io.javalin.http.Context;
import io.javalin.http.ExceptionHandler;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Last line of defence for exceptions that escape a route: an {@link AwsError} is answered as such,
 * anything else as {@code InternalFailure} (500) with a fixed message. The stack trace goes to the
 * server log only, next to the request id, never into the response; request headers and parameters
 * are not logged since they can carry tokens and passwords.
 */
public final class UnexpectedErrorHandler implements ExceptionHandler<Exception> {

    public static final String INTERNAL_FAILURE_MESSAGE =
            "The request processing has failed because of an unknown error, exception or failure.";

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    private final String namespace;

    /** @param namespace the XML namespace for errors that happen outside any known service */
    public UnexpectedErrorHandler(String namespace) {
        this.namespace = namespace;
    }

    @Override
    public void handle(Exception exception, Context ctx) {
        String requestId = UUID.randomUUID().toString();
        if (exception instanceof AwsError error) {
            ErrorResponses.send(ctx, namespace, requestId, error);
            return;
        }
        LOG.error("Unexpected failure, request {} {} {}", requestId, ctx.method(), ctx.path(), exception);
        ErrorResponses.send(ctx, namespace, requestId, AwsErrorCode.INTERNAL_FAILURE, INTERNAL_FAILURE_MESSAGE);
    }
}
