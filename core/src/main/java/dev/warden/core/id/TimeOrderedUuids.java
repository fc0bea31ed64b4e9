package dev.warden.core.id;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Version 7 UUIDs (RFC 9562): the Unix time in milliseconds in the first 48 bits, then random bits,
 * so ids made later sort later, as text too. Audit event ids are these: a random (version 4) primary
 * key put every insert on a random page of the key's index, and the audit writer read and rewrote
 * those pages for every batch (perf: reads and writes of the database file were a third of its time).
 * Not secrets, so {@link ThreadLocalRandom} fills the random bits, as for {@link UnguardedUuids}.
 */
public final class TimeOrderedUuids {

    private static final long MAX_MILLIS = (1L << 48) - 1;

    private TimeOrderedUuids() {}

    /** @param time the moment the id stands for; before 1970 counts as 1970, past the year 10889 as its end */
    public static UUID at(Instant time) {
        long millis = Math.max(0, Math.min(MAX_MILLIS, time.toEpochMilli()));
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL); // version 7, rand_a
        long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48); // IETF variant, rand_b
        return new UUID(high, low);
    }

    /** {@link #at} in the canonical 36-character form. */
    public static String stringAt(Instant time) {
        return at(time).toString();
    }
}
