package dev.warden.server.authz;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * A counter of IAM writes: compiled policies cached under one generation are stale once it moves
 * on. Every operation that can change what a principal may do (policies, attachments, group
 * membership, boundaries, tags, deletions) must call {@link #advance()} after it has written; the
 * composition root does this for every IAM write handler, and, when other nodes share the database,
 * for every change the store's change feed reports. Advancing too often only costs recompilation,
 * never correctness.
 */
public final class PolicyGeneration {

    private final AtomicLong value = new AtomicLong();
    private volatile BooleanSupplier trusted = () -> true;

    /**
     * The generation to cache under and compare with. While the source set by {@link #trustOnlyWhile}
     * cannot vouch that every change has been reported, each call returns a new generation, so nothing
     * cached is reused until it can again.
     */
    public long current() {
        if (!trusted.getAsBoolean()) {
            return value.incrementAndGet();
        }
        return value.get();
    }

    public void advance() {
        value.incrementAndGet();
    }

    /**
     * Changes may also come from elsewhere (other nodes), reported through {@link #advance()} by a feed
     * that says through {@code upToDate} whether it is current. Set once, before serving requests.
     */
    public void trustOnlyWhile(BooleanSupplier upToDate) {
        this.trusted = upToDate;
    }
}
