package dev.warden.server.error;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;

/**
 * How a service other than IAM and STS words Jetty's rejection of one of its requests. Jetty has
 * fixed the HTTP status by then; only the headers and the body are the service's.
 */
public interface BadMessageAnswer {

    /**
     * True when a request whose signing service is unknown (no credential scope was parsed) is still
     * recognisably this service's, e.g. by a method the Query API never uses.
     */
    boolean claims(RejectedRequest request);

    /**
     * Sets the content type and request id headers in {@code fields}; returns the error document for
     * {@code request}, which Jetty rejected with {@code status} and {@code reason}.
     */
    ByteBuffer answer(RejectedRequest request, int status, String reason, HttpFields.Mutable fields);
}
