package dev.warden.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.server.error.BadMessageAnswer;
import dev.warden.server.error.RejectedRequest;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which service words Jetty's rejection of a request: the one it is signed for, else one that claims it. */
class WardenServerBadMessageTest {

    /** An answer that claims PUT requests, named so the test can tell which one was chosen. */
    record Named(String name) implements BadMessageAnswer {
        @Override
        public boolean claims(RejectedRequest request) {
            return name.equals("s3") && request.method().equals("PUT");
        }

        @Override
        public ByteBuffer answer(RejectedRequest request, int status, String reason, HttpFields.Mutable fields) {
            return ByteBuffer.allocate(0);
        }
    }

    private static final Map<String, BadMessageAnswer> ANSWERS = Map.of("s3", new Named("s3"), "glue", new Named("glue"));

    @ParameterizedTest(name = "{0} {1} -> {4}")
    @CsvSource(nullValues = "-", value = {
        "GET, /b/k, 'AWS4-HMAC-SHA256 Credential=AKID/20261128/us-east-1/s3/aws4_request, Signature=ab', '', s3",
        "POST, /, 'AWS4-HMAC-SHA256 Credential=AKID/20261128/us-east-1/glue/aws4_request, Signature=ab', '', glue",
        "POST, /, 'AWS4-HMAC-SHA256 Credential=AKID/20261128/us-east-1/iam/aws4_request, Signature=ab', '', -",
        "PUT, /b/k, 'AWS4-HMAC-SHA256 Credential=AKID/20261128/us-east-1/iam/aws4_request, Signature=ab', '', -",
        "GET, /b/k, '', X-Amz-Credential=AKID%2F20261128%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature=ab, s3",
        "GET, /, '', X-Amz-Credential=AKID%2F20261128%2Fus-east-1%2Fsts%2Faws4_request&X-Amz-Signature=ab, -",
        "PUT, /b/k, '', '', s3",
        "GET, /b/k, '', '', -",
        "'', '', '', '', -",
    })
    void theSigningServiceDecidesThenTheRequestsShape(String method, String path, String authorization, String query,
            String expected) {
        RejectedRequest rejected = new RejectedRequest(method, path, query, authorization);
        assertThat(WardenServer.badMessageAnswer(ANSWERS, rejected).map(answer -> ((Named) answer).name()).orElse(null))
                .isEqualTo(expected);
    }
}
