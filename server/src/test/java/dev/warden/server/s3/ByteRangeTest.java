package dev.warden.server.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByteRangeTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "bytes=0-9, 100, bytes 0-9/100",
        "bytes=10-, 100, bytes 10-99/100",
        "bytes=-5, 100, bytes 95-99/100",
        "bytes=90-200, 100, bytes 90-99/100",
        "bytes=-500, 100, bytes 0-99/100",
        "bytes=5-1, 100, -",
        "'bytes=0-1,5-6', 100, -",
        "items=0-1, 100, -",
        "bytes=-, 100, -",
    })
    void parsesOneRange(String header, long size, String contentRange) {
        assertThat(ByteRange.parse(header, size).map(r -> r.contentRange(size)).orElse(null)).isEqualTo(contentRange);
    }

    @Test
    void aRangeBeyondTheEndIsNotSatisfiable() {
        assertThatThrownBy(() -> ByteRange.parse("bytes=100-", 100)).isInstanceOf(S3Error.class)
                .satisfies(e -> assertThat(((S3Error) e).httpStatus()).isEqualTo(416));
    }
}
