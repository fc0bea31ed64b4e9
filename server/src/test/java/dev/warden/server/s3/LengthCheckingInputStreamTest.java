package dev.warden.server.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LengthCheckingInputStreamTest {

    static byte[] read(String content, long declared) throws IOException {
        try (InputStream in = new LengthCheckingInputStream(new ByteArrayInputStream(content.getBytes()), declared)) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @CsvSource({"hello, 5", "'', 0"})
    void theDeclaredLengthPasses(String content, long declared) throws IOException {
        assertThat(read(content, declared)).hasSize((int) declared);
    }

    @ParameterizedTest
    @CsvSource({"hello, 4", "hello, 6", "'', 1"})
    void anyOtherLengthFails(String content, long declared) {
        assertThatThrownBy(() -> read(content, declared)).isInstanceOf(S3Error.class)
                .satisfies(e -> assertThat(((S3Error) e).code()).isEqualTo("IncompleteBody"));
    }
}
