package dev.warden.server.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ObjectListingTest {

    static final List<StoredObject> KEYS = Stream.of("a", "b/1", "b/2", "b/c/3", "c", "d/4")
            .map(k -> new StoredObject(k, 1, "\"e\"", Instant.EPOCH, "text/plain", Map.of())).toList();

    static Stream<Arguments> cases() {
        return Stream.of(
                // prefix, delimiter, startAfter, maxKeys -> keys, common prefixes, truncated, next marker
                Arguments.of("", "", "", 1000, List.of("a", "b/1", "b/2", "b/c/3", "c", "d/4"), List.of(), false, null),
                Arguments.of("", "/", "", 1000, List.of("a", "c"), List.of("b/", "d/"), false, null),
                Arguments.of("b/", "/", "", 1000, List.of("b/1", "b/2"), List.of("b/c/"), false, null),
                Arguments.of("b/", "", "", 1000, List.of("b/1", "b/2", "b/c/3"), List.of(), false, null),
                Arguments.of("", "", "", 2, List.of("a", "b/1"), List.of(), true, "b/1"),
                Arguments.of("", "", "b/1", 2, List.of("b/2", "b/c/3"), List.of(), true, "b/c/3"),
                Arguments.of("", "/", "", 2, List.of("a"), List.of("b/"), true, "b/"),
                Arguments.of("", "/", "b/", 2, List.of("c"), List.of("d/"), false, null),
                Arguments.of("", "", "", 0, List.of(), List.of(), true, null),
                Arguments.of("zzz", "/", "", 1000, List.of(), List.of(), false, null));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void pages(String prefix, String delimiter, String startAfter, int maxKeys, List<String> keys,
            List<String> prefixes, boolean truncated, String next) {
        ObjectListing listing = ObjectListing.of(KEYS, prefix, delimiter, startAfter, maxKeys);
        assertThat(listing.contents()).extracting(StoredObject::key).containsExactlyElementsOf(keys);
        assertThat(listing.commonPrefixes()).containsExactlyElementsOf(prefixes);
        assertThat(listing.truncated()).isEqualTo(truncated);
        assertThat(listing.nextMarker()).isEqualTo(Optional.ofNullable(next));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void continuationTokensRoundTrip(String prefix, String delimiter, String startAfter) {
        assertThat(ObjectListing.marker(ObjectListing.token("ünï/cödé " + startAfter))).isEqualTo("ünï/cödé " + startAfter);
    }
}
