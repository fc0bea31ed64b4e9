package dev.warden.server.error;

import dev.warden.server.xml.QueryXmlDocuments;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Answers requests that Jetty rejects before any route sees them (header section too large,
 * unparsable request line or headers, ambiguous URI) with an AWS-shaped XML error instead of
 * Jetty's HTML page: in the words of the service the request was for when what Jetty parsed tells
 * ({@code answerFor}), else as an IAM/STS Query error. Also used for servlet-level errors, without
 * stack traces.
 */
public final class BadHttpMessageHandler extends ErrorHandler {

    private final String namespace;
    private final Function<RejectedRequest, Optional<BadMessageAnswer>> answerFor;

    /** Every rejection answered as a Query error in {@code namespace}. */
    public BadHttpMessageHandler(String namespace) {
        this(namespace, rejected -> Optional.empty());
    }

    /**
     * @param answerFor the answer of the service a rejected request was for; empty for IAM and STS
     *     and whenever the service cannot be told
     */
    public BadHttpMessageHandler(String namespace, Function<RejectedRequest, Optional<BadMessageAnswer>> answerFor) {
        this.namespace = namespace;
        this.answerFor = answerFor;
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        RejectedRequest rejected = RejectedRequest.current();
        Optional<BadMessageAnswer> service = answerFor.apply(rejected);
        if (service.isPresent()) {
            return service.get().answer(rejected, status, reason, fields);
        }
        return queryError(status, reason, fields);
    }

    private ByteBuffer queryError(int status, String reason, HttpFields.Mutable fields) {
        AwsErrorCode code = switch (status) {
            case 413 -> AwsErrorCode.REQUEST_ENTITY_TOO_LARGE;
            case 431 -> AwsErrorCode.REQUEST_HEADER_FIELDS_TOO_LARGE;
            default -> AwsErrorCode.MALFORMED_HTTP_REQUEST;
        };
        String message = switch (status) {
            case 413 -> "The request body is too large.";
            case 431 -> "The request headers are too large.";
            default -> "The HTTP request is malformed" + (reason == null ? "." : ": " + reason + ".");
        };
        String requestId = UUID.randomUUID().toString();
        fields.put(HttpHeader.CONTENT_TYPE, QueryXmlDocuments.CONTENT_TYPE);
        fields.put(ErrorResponses.REQUEST_ID_HEADER, requestId);
        return ByteBuffer.wrap(QueryXmlDocuments.error(
                namespace, code.type().wireName(), code.code(), message, requestId));
    }
}
