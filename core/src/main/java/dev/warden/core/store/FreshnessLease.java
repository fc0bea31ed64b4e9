package dev.warden.core.store;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * When the newest successful check began; what it vouched for is trusted until {@code bound} after
 * that instant. The start of a check counts, not its end, so a slow check never stretches the bound.
 * Times come from a monotonic nanosecond source ({@code System::nanoTime} in production).
 */
public final class FreshnessLease {

    private record Confirmation(long startedAtNanos) {}

    private final LongSupplier nanoTime;
    private final long boundNanos;
    private volatile Confirmation latest;

    public FreshnessLease(Duration bound, LongSupplier nanoTime) {
        if (bound.isNegative() || bound.isZero()) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        this.nanoTime = nanoTime;
        this.boundNanos = bound.toNanos();
    }

    /** The instant a check begins, to pass to {@link #confirm} once it has succeeded. */
    public long checkBegins() {
        return nanoTime.getAsLong();
    }

    /** A check that began at {@code startedAtNanos} found nothing unreported. */
    public void confirm(long startedAtNanos) {
        Confirmation previous = latest;
        if (previous == null || startedAtNanos - previous.startedAtNanos() > 0) {
            latest = new Confirmation(startedAtNanos);
        }
    }

    /** Forgets every confirmation (for instance when the connection that made them broke). */
    public void revoke() {
        latest = null;
    }

    public boolean isCurrent() {
        Confirmation confirmation = latest;
        return confirmation != null && nanoTime.getAsLong() - confirmation.startedAtNanos() <= boundNanos;
    }

    public Duration bound() {
        return Duration.ofNanos(boundNanos);
    }
}
