package dev.warden.server.auth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Derives SigV4 signing keys (§12.3: {@code kDate = HMAC("AWS4"+secret, date)}, then region, service,
 * {@code aws4_request}) and keeps the most recently used ones, since one key signs every request of a
 * client for a whole day. The cache is keyed by the secret's SHA-256 (never the secret itself), date,
 * region and service, and holds at most {@code capacity} keys, dropping the least recently used.
 *
 * <p>A hit takes no lock: with one lock around an access-ordered map, every request of a busy server
 * queued behind whichever thread held it when the scheduler preempted it (JFR: waits of 20-100 ms
 * under 1,000 AssumeRole calls/s on a shared machine). Only adding a key (once per key and day) locks.
 */
public final class SigningKeyCache {

    /** Enough for a few hundred active keys, each in a couple of regions and both services. */
    public static final int DEFAULT_CAPACITY = 1024;

    private record Key(ByteBuffer secretFingerprint, String date, String region, String service) {}

    private static final class Entry {
        final byte[] signingKey;
        volatile long lastUsed;

        Entry(byte[] signingKey, long lastUsed) {
            this.signingKey = signingKey;
            this.lastUsed = lastUsed;
        }
    }

    private final int capacity;
    private final ConcurrentHashMap<Key, Entry> keys = new ConcurrentHashMap<>();
    private final AtomicLong uses = new AtomicLong();

    public SigningKeyCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    public SigningKeyCache() {
        this(DEFAULT_CAPACITY);
    }

    byte[] signingKey(SecretAccessKey secret, CredentialScope scope) {
        Key key = new Key(ByteBuffer.wrap(secret.fingerprint()), scope.date(), scope.region(), scope.service());
        Entry cached = keys.get(key);
        if (cached != null) {
            cached.lastUsed = uses.incrementAndGet();
            return cached.signingKey;
        }
        byte[] derived = derive(secret, scope);
        synchronized (keys) {
            Entry raced = keys.putIfAbsent(key, new Entry(derived, uses.incrementAndGet()));
            if (raced != null) {
                return raced.signingKey;
            }
            while (keys.size() > capacity) {
                dropLeastRecentlyUsed();
            }
        }
        return derived;
    }

    int size() {
        return keys.size();
    }

    private void dropLeastRecentlyUsed() {
        Key oldest = null;
        long oldestUse = Long.MAX_VALUE;
        for (var entry : keys.entrySet()) {
            if (entry.getValue().lastUsed < oldestUse) {
                oldestUse = entry.getValue().lastUsed;
                oldest = entry.getKey();
            }
        }
        keys.remove(oldest);
    }

    static byte[] derive(SecretAccessKey secret, CredentialScope scope) {
        byte[] kDate = HmacSha256.mac(secret.sigV4SeedKey(), utf8(scope.date()));
        byte[] kRegion = HmacSha256.mac(kDate, utf8(scope.region()));
        byte[] kService = HmacSha256.mac(kRegion, utf8(scope.service()));
        return HmacSha256.mac(kService, utf8(CredentialScope.TERMINATOR));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
