package dev.warden.server.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AwsTimestampTest {

    private static final DateTimeFormatter ORACLE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @ParameterizedTest
    @CsvSource({
        "2026-11-28T09:15:00Z, 2026-11-28T09:15:00.000Z",
        "2026-11-28T09:15:00.123456789Z, 2026-11-28T09:15:00.123Z",
        "1970-01-01T00:00:00Z, 1970-01-01T00:00:00.000Z",
        "2024-02-29T23:59:59.999Z, 2024-02-29T23:59:59.999Z",
        "0000-01-01T00:00:00Z, 0000-01-01T00:00:00.000Z",
        "9999-12-31T23:59:59.999Z, 9999-12-31T23:59:59.999Z"})
    void formatsWithMillisecondsInUtc(String instant, String expected) {
        assertThat(AwsTimestamp.format(Instant.parse(instant))).isEqualTo(expected);
    }

    @Property(tries = 3000)
    void matchesTheFormatterForEveryInstantItCanWrite(
            @ForAll @LongRange(min = -62_200_000_000L, max = 254_000_000_000L) long epochSecond,
            @ForAll @LongRange(min = 0, max = 999_999_999) long nanos) {
        // Covers years before 0 and after 9999 too, which go to the formatter.
        Instant instant = Instant.ofEpochSecond(epochSecond, nanos);
        assertThat(AwsTimestamp.format(instant)).isEqualTo(ORACLE.format(instant));
    }
}
