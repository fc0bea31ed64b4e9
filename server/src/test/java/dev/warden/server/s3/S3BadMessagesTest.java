package dev.warden.server.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.server.error.RejectedRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class S3BadMessagesTest {

    private final S3BadMessages answers = new S3BadMessages(32_768);

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
            "431, , true, RequestHeaderSectionTooLarge",
            "414, , true, RequestHeaderSectionTooLarge",
            "413, , true, MaxMessageLengthExceeded",
            "400, Bad Request, false, InvalidURI",
            "400, Multiple Content-Lengths, true, InvalidRequest",
            "400, No Host, true, InvalidRequest"})
    void s3Codes(int status, String reason, boolean pathResolvable, String code) {
        S3Error error = answers.errorFor(status, reason, pathResolvable);
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.httpStatus()).as("Jetty's status is kept").isEqualTo(status);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "PUT, /bucket/key, true",
            "DELETE, /bucket, true",
            "HEAD, /bucket/key, true",
            "GET, /bucket/key, false",
            "POST, /, false",
            "DELETE, /_warden/workloads/wl-1, false",
            "'', '', false"})
    void claimsRequestsOnlyS3WouldMake(String method, String path, boolean claimed) {
        assertThat(answers.claims(new RejectedRequest(method, path, "", ""))).isEqualTo(claimed);
    }

    @Test
    void anS3ErrorDocumentWithTheLimit() {
        HttpFields.Mutable fields = HttpFields.build();
        ByteBuffer body = answers.answer(new RejectedRequest("PUT", "/bucket/key", "", ""), 431, null, fields);
        String xml = StandardCharsets.UTF_8.decode(body).toString();
        assertThat(xml).contains("<Error><Code>RequestHeaderSectionTooLarge</Code>",
                "<MaxSizeAllowed>32768</MaxSizeAllowed>");
        assertThat(fields.get("Content-Type")).isEqualTo("application/xml");
        assertThat(fields.get("x-amz-request-id")).isNotBlank();
        assertThat(xml).contains("<RequestId>" + fields.get("x-amz-request-id") + "</RequestId>");
    }
}
