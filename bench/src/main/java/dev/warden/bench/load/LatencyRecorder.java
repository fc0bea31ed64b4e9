package dev.warden.bench.load;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Latencies of one measured phase, each taken from the moment the request was due (not when it
 * happened to be sent), so a stalled server or generator cannot hide slow answers (no coordinated
 * omission). Thread-safe for concurrent {@link #record} calls; fixed capacity, no allocation.
 */
public final class LatencyRecorder {

    private final long[] nanos;
    private final AtomicInteger count = new AtomicInteger();

    public LatencyRecorder(int capacity) {
        this.nanos = new long[capacity];
    }

    public void record(long latencyNanos) {
        int slot = count.getAndIncrement();
        if (slot < nanos.length) {
            nanos[slot] = latencyNanos;
        }
    }

    /** Call after every recording thread is done. */
    public LatencySummary summary() {
        int n = Math.min(count.get(), nanos.length);
        long[] sorted = Arrays.copyOf(nanos, n);
        Arrays.sort(sorted);
        return new LatencySummary(n, sorted);
    }
}
