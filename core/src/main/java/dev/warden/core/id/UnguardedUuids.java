package dev.warden.core.id;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random (version 4) UUIDs for identifiers that must be unique but protect nothing: request ids and
 * audit event ids, which every client sees anyway. {@link UUID#randomUUID()} draws from one
 * JDK-wide SecureRandom whose lock every request thread then queues on (JFR showed request threads
 * blocked there for seconds in total under 1,000 AssumeRole calls/s); these come from each thread's
 * own {@link ThreadLocalRandom} instead, uncontended. Never use them for keys, tokens or nonces.
 */
public final class UnguardedUuids {

    private UnguardedUuids() {}

    public static UUID next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
        long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48); // IETF variant
        return new UUID(high, low);
    }

    /** {@link #next()} in the canonical 36-character form. */
    public static String nextString() {
        return next().toString();
    }
}
