package dev.warden.server.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unsigned aws-chunked bodies; signed ones are checked end to end in S3SdkTest and S3WireTest. */
class AwsChunkedInputStreamTest {

    static String decode(String body) throws IOException {
        try (InputStream in = new AwsChunkedInputStream(
                new ByteArrayInputStream(body.replace("|", "\r\n").getBytes(StandardCharsets.UTF_8)),
                Optional.empty(), false)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        // as the pip CLI sends it over https: unsigned chunks, CRC32 trailer ("|" is CRLF)
        "2b|hello world, this is a small S3 object body|0|x-amz-checksum-crc32:GRYfhQ==||; 'hello world, this is a small S3 object body'",
        "5|hello|6| world|0||; 'hello world'",
        "0||; ''",
        "5|hello|0|x-amz-checksum-crc32:AAAAAA==|; hello",
    })
    void decodesTheContent(String body, String content) throws IOException {
        assertThat(decode(body)).isEqualTo(content);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "zz|hello|0||; not hexadecimal",
        "5|hel; the body ended inside a chunk",
        "5|hello; the body ended before the final chunk",
        "5|helloXX|0||; not followed by CRLF",
        "2000000|; larger than",
        "0|no colon here||; no colon",
    })
    void refusesMalformedBodies(String body, String problem) {
        assertThatThrownBy(() -> decode(body)).isInstanceOf(S3Error.class).hasMessageContaining(problem)
                .satisfies(e -> assertThat(((S3Error) e).code()).isEqualTo("IncompleteBody"));
    }
}
