package dev.warden.server.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BucketNameTest {

    @ParameterizedTest
    @CsvSource({
        "data-lake, true",
        "abc, true",
        "my.bucket.name, true",
        "a1b2c3, true",
        "ab, false",
        "Uppercase, false",
        "under_score, false",
        "-leading-hyphen, false",
        "trailing-hyphen-, false",
        "double..dot, false",
        "192.168.5.4, false",
        "xn--punycode, false",
        "sthree-reserved, false",
        "name-s3alias, false",
        "name--ol-s3, false",
        "..., false",
        "a/b, false",
        "'', false",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, true",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, false",
    })
    void followsS3sRules(String name, boolean valid) {
        assertThat(BucketName.isValid(name)).isEqualTo(valid);
        if (!valid) {
            assertThatThrownBy(() -> BucketName.require(name)).isInstanceOf(S3Error.class)
                    .satisfies(e -> assertThat(((S3Error) e).code()).isEqualTo("InvalidBucketName"));
        }
    }
}
