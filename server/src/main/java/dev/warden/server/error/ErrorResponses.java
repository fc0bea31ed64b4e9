package dev.warden.server.error;

import dev.warden.server.xml.QueryXmlDocuments;
import io.javalin.http.Context;

/** Writes an AWS Query error response: status, {@code x-amzn-RequestId}, XML {@code ErrorResponse}. */
public final class ErrorResponses {

    public static final String REQUEST_ID_HEADER = "x-amzn-RequestId";

    private ErrorResponses() {}

    public static void send(Context ctx, String namespace, String requestId, AwsErrorCode code, String message) {
        byte[] body = QueryXmlDocuments.error(namespace, code.type().wireName(), code.code(), message, requestId);
        ctx.status(code.httpStatus());
        ctx.header(REQUEST_ID_HEADER, requestId);
        ctx.contentType(QueryXmlDocuments.CONTENT_TYPE);
        ctx.result(body);
    }

    public static void send(Context ctx, String namespace, String requestId, AwsError error) {
        send(ctx, namespace, requestId, error.code(), error.getMessage());
    }
}
