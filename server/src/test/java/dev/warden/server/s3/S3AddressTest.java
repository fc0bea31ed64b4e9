package dev.warden.server.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class S3AddressTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "/, -, -",
        "'', -, -",
        "/bucket, bucket, -",
        "/bucket/, bucket, -",
        "/bucket/key, bucket, key",
        "/bucket/dir/hello%20world.txt, bucket, dir/hello world.txt",
        "/bucket/../x, bucket, ../x",
        "/bucket/a//b, bucket, a//b",
        "/bucket/dir/%2Fdouble, bucket, dir//double",
        "/bucket/%C3%BC%F0%9F%98%80, bucket, ü😀",
        "/bucket/a+b, bucket, a+b",
    })
    void splitsBucketAndKey(String path, String bucket, String key) {
        S3Address address = S3Address.parse(path);
        assertThat(address.bucket().orElse(null)).isEqualTo(bucket);
        assertThat(address.key().orElse(null)).isEqualTo(key);
    }

    @Test
    void badEscapesAreInvalidUri() {
        assertThatThrownBy(() -> S3Address.parse("/bucket/%zz")).isInstanceOf(S3Error.class)
                .satisfies(e -> assertThat(((S3Error) e).code()).isEqualTo("InvalidURI"));
    }
}
