package dev.warden.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedUuidsTest {

    @Test
    void carriesVersionSevenTheVariantAndTheMilliseconds() {
        Instant time = Instant.parse("2026-11-28T09:15:30.123Z");
        UUID id = TimeOrderedUuids.at(time);

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(time.toEpochMilli());
        assertThat(UUID.fromString(id.toString())).isEqualTo(id);
    }

    @Test
    void laterMillisecondsSortLaterAsText() {
        Instant start = Instant.parse("2026-11-28T09:15:30Z");
        String previous = TimeOrderedUuids.stringAt(start);
        for (int ms = 1; ms < 5_000; ms += 7) {
            String next = TimeOrderedUuids.stringAt(start.plusMillis(ms));
            assertThat(next).isGreaterThan(previous);
            previous = next;
        }
    }

    @Test
    void idsOfOneMillisecondDiffer() {
        Instant time = Instant.parse("2026-11-28T09:15:30Z");
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertThat(seen.add(TimeOrderedUuids.at(time))).isTrue();
        }
    }

    @Test
    void timesOutsideTheFieldAreClamped() {
        assertThat(TimeOrderedUuids.at(Instant.parse("1969-12-31T23:59:59Z")).getMostSignificantBits() >>> 16).isZero();
        assertThat(TimeOrderedUuids.at(Instant.parse("+20000-01-01T00:00:00Z")).getMostSignificantBits() >>> 16)
                .isEqualTo((1L << 48) - 1);
    }
}
