package dev.warden.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RequestBodyTest {

    @ParameterizedTest(name = "declared {0}, actual {1}, limit {2}")
    @CsvSource({
        "-1, 10, 10, true",
        "10, 10, 10, true",
        "-1, 11, 10, false",
        "11, 0, 10, false",
        "5, 11, 10, false",
    })
    void readsUpToTheLimit(long declared, int actual, int limit, boolean accepted) {
        ByteArrayInputStream in = new ByteArrayInputStream(new byte[actual]);
        if (accepted) {
            assertThat(RequestBody.read(declared, in, limit)).hasSize(actual);
        } else {
            assertThatThrownBy(() -> RequestBody.read(declared, in, limit))
                    .isInstanceOfSatisfying(AwsError.class, e -> {
                        assertThat(e.code()).isEqualTo(AwsErrorCode.REQUEST_ENTITY_TOO_LARGE);
                        assertThat(e.code().httpStatus()).isEqualTo(413);
                    });
        }
    }

    /** Whatever the declared length, the bytes returned are exactly those the stream gave, up to the limit. */
    @ParameterizedTest(name = "declared {0}, actual {1}, limit {2}")
    @CsvSource({"-1, 7, 10", "7, 7, 10", "5, 8, 10", "0, 3, 10", "9, 4, 10", "0, 0, 10", "10, 10, 10"})
    void returnsTheStreamsBytesUnchanged(long declared, int actual, int limit) {
        byte[] sent = new byte[actual];
        for (int i = 0; i < actual; i++) {
            sent[i] = (byte) ('a' + i);
        }
        assertThat(RequestBody.read(declared, new ByteArrayInputStream(sent), limit)).isEqualTo(sent);
    }

    @Test
    void withADeclaredLengthNeverReadsMoreThanOneBytePastTheLimit() {
        int[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 'a';
            }
        };

        assertThatThrownBy(() -> RequestBody.read(100, endless, 1000)).isInstanceOf(AwsError.class);
        assertThat(served[0]).isEqualTo(1001);
    }

    @Test
    void neverReadsMoreThanOneBytePastTheLimit() {
        int[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 'a';
            }
        };

        assertThatThrownBy(() -> RequestBody.read(-1, endless, 1000)).isInstanceOf(AwsError.class);
        assertThat(served[0]).isEqualTo(1001);
    }

    @Test
    void brokenStreamIsAnAwsError() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("reset by peer");
            }
        };

        assertThatThrownBy(() -> RequestBody.read(-1, broken, 10))
                .isInstanceOfSatisfying(AwsError.class,
                        e -> assertThat(e.code()).isEqualTo(AwsErrorCode.MALFORMED_HTTP_REQUEST));
    }
}
