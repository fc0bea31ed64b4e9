package dev.warden.server.authz;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter of IAM writes: compiled policies cached under one generation are stale once it moves
 * on. Every operation that can change what a principal may do (policies, attachments, group
 * membership, boundaries, tags, deletions) must call {@link #advance()} after it has written; the
 * composition root does this for every IAM write handler. Advancing too often only costs
 * recompilation, never correctness.
 */
public final class PolicyGeneration {

    private final AtomicLong value = new AtomicLong();

    public long current() {
        return value.get();
    }

    public void advance() {
        value.incrementAndGet();
    }
}
