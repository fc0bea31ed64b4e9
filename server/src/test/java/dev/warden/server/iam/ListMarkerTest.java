package dev.warden.server.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListMarkerTest {

    @ParameterizedTest
    @ValueSource(strings = {"readonlyaccess 1", "a", "17", "x y z"})
    void roundTrips(String key) {
        assertThat(ListMarker.decode(ListMarker.encode(key))).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "!!!", "a b"})
    void rejectsWhatItDidNotMake(String marker) {
        assertThatThrownBy(() -> ListMarker.decode(marker))
                .isInstanceOfSatisfying(AwsError.class, e -> assertThat(e.code()).isEqualTo(AwsErrorCode.INVALID_INPUT));
    }

    @Test
    void rejectsOverlongMarkers() {
        assertThatThrownBy(() -> ListMarker.decode("A".repeat(321))).isInstanceOf(AwsError.class);
        assertThat(ListMarker.decode(null)).isNull();
    }
}
