package dev.warden.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmzDateTest {

    /** What AmzDate.parse answered before it read the usual shape directly. */
    private static final DateTimeFormatter REFERENCE =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private static Optional<Instant> reference(String text) {
        if (text.length() != 16) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(REFERENCE.parse(text)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
        "20150830T123600Z, 2015-08-30T12:36:00Z",
        "20261128T000000Z, 2026-11-28T00:00:00Z",
        "20240229T235959Z, 2024-02-29T23:59:59Z",
        "20230101T000000Z, 2023-01-01T00:00:00Z",
        "20231331T000000Z, none",
        "20230230T000000Z, 2023-02-28T00:00:00Z",
        "20230101T240000Z, 2023-01-02T00:00:00Z",
        "20230101T126000Z, none",
        "20230101T000000z, none",
        "2023-01-01T0000Z, none",
        "20230101 000000Z, none",
        "20150830T123600, none"})
    void readsTheBasicFormatAsTheFormatterDoes(String text, String expected) {
        Optional<Instant> parsed = AmzDate.parse(text);
        assertThat(parsed).isEqualTo(Optional.ofNullable(expected).map(Instant::parse));
        assertThat(parsed).isEqualTo(reference(text));
    }

    @Property(tries = 3000)
    void agreesWithTheFormatterOnAnyTimestampLikeText(@ForAll("timestampLike") String text) {
        assertThat(AmzDate.parse(text)).isEqualTo(reference(text));
    }

    @Provide
    Arbitrary<String> timestampLike() {
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofLength(1);
        Arbitrary<String> odd = Arbitraries.of("T", "Z", "+", "-", " ", "٣", "a");
        Arbitrary<String> character = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(20, digits), net.jqwik.api.Tuple.of(1, odd));
        Arbitrary<String> fields = character.list().ofSize(14).map(list -> String.join("", list));
        return fields.map(f -> f.substring(0, 8) + "T" + f.substring(8) + "Z");
    }
}
