package dev.warden.server.auth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Derives SigV4 signing keys (§12.3: {@code kDate = HMAC("AWS4"+secret, date)}, then region, service,
 * {@code aws4_request}) and keeps the most recently used ones, since one key signs every request of a
 * client for a whole day. The cache is keyed by the secret's SHA-256 (never the secret itself), date,
 * region and service, and holds at most {@code capacity} keys, dropping the least recently used.
 */
public final class SigningKeyCache {

    /** Enough for a few hundred active keys, each in a couple of regions and both services. */
    public static final int DEFAULT_CAPACITY = 1024;

    private record Key(ByteBuffer secretFingerprint, String date, String region, String service) {}

    private final Map<Key, byte[]> keys;

    public SigningKeyCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.keys = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, byte[]> eldest) {
                return size() > capacity;
            }
        };
    }

    public SigningKeyCache() {
        this(DEFAULT_CAPACITY);
    }

    byte[] signingKey(SecretAccessKey secret, CredentialScope scope) {
        Key key = new Key(ByteBuffer.wrap(secret.fingerprint()), scope.date(), scope.region(), scope.service());
        synchronized (keys) {
            byte[] cached = keys.get(key);
            if (cached != null) {
                return cached;
            }
        }
        byte[] derived = derive(secret, scope);
        synchronized (keys) {
            keys.put(key, derived);
        }
        return derived;
    }

    int size() {
        synchronized (keys) {
            return keys.size();
        }
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
