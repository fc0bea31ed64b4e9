package dev.warden.core.secret;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import java.util.Arrays;

/**
 * A SecureRandom that gives each thread its own DRBG (NIST SP 800-90A, the JDK's {@code DRBG}),
 * each seeded separately from the system's entropy source on the thread's first use.
 *
 * <p>One shared SecureRandom is one lock: every AssumeRole draws a key id, a secret and a nonce,
 * and under load the request threads queued on that lock behind holders the scheduler had
 * preempted (JFR at 1,000 AssumeRole calls/s, first with Linux's NativePRNG, then with one shared
 * DRBG). Separate generators need no lock and are exactly as unpredictable.
 */
public final class PerThreadSecureRandom extends SecureRandom {

    private static final long serialVersionUID = 1L;

    private static final ThreadLocal<SecureRandom> GENERATORS = ThreadLocal.withInitial(PerThreadSecureRandom::drbg);

    /**
     * Small draws (ids, nonces, secrets: an AssumeRole makes three of 12 to 30 bytes) are served from
     * a per-thread block drawn from the thread's DRBG at once: each DRBG call also hashes its whole
     * state again, and that fixed cost was most of a small draw's (JFR). Bytes handed out are wiped
     * from the block; larger draws go to the DRBG directly.
     */
    private static final int BLOCK_BYTES = 512;
    private static final int LARGEST_BUFFERED_DRAW = 64;
    private static final ThreadLocal<Block> BLOCKS = ThreadLocal.withInitial(Block::new);

    public PerThreadSecureRandom() {
        super(new ThreadsDrbgSpi(), null);
    }

    /** Unsynchronized: this thread's generator alone is used. */
    @Override
    public void nextBytes(byte[] bytes) {
        if (bytes.length > LARGEST_BUFFERED_DRAW) {
            GENERATORS.get().nextBytes(bytes);
        } else {
            BLOCKS.get().take(bytes);
        }
    }

    /** One thread's block of drawn bytes; the bytes before {@code next} have been handed out and wiped. */
    private static final class Block {
        private final byte[] bytes = new byte[BLOCK_BYTES];
        private int next = BLOCK_BYTES;

        void take(byte[] into) {
            if (BLOCK_BYTES - next < into.length) {
                GENERATORS.get().nextBytes(bytes);
                next = 0;
            }
            System.arraycopy(bytes, next, into, 0, into.length);
            Arrays.fill(bytes, next, next + into.length, (byte) 0);
            next += into.length;
        }
    }

    @Override
    public byte[] generateSeed(int numBytes) {
        return GENERATORS.get().generateSeed(numBytes);
    }

    @Override
    public String getAlgorithm() {
        return "DRBG (one per thread)";
    }

    @Override
    public String toString() {
        return "PerThreadSecureRandom[DRBG]";
    }

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK since 9 provides the DRBG SecureRandom", e);
        }
    }

    /** What SecureRandom's own methods (setSeed, the parameterised nextBytes) reach: the same generators. */
    private static final class ThreadsDrbgSpi extends SecureRandomSpi {
        private static final long serialVersionUID = 1L;

        @Override
        protected void engineSetSeed(byte[] seed) {
            // Adds to this thread's generator's entropy, never replaces it (SecureRandom's contract).
            GENERATORS.get().setSeed(seed);
        }

        @Override
        protected void engineNextBytes(byte[] bytes) {
            GENERATORS.get().nextBytes(bytes);
        }

        @Override
        protected byte[] engineGenerateSeed(int numBytes) {
            return GENERATORS.get().generateSeed(numBytes);
        }
    }
}
