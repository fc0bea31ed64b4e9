package dev.warden.bench.load;

/** Sorted latencies of a phase and their percentiles (nearest rank), in milliseconds. */
public final class LatencySummary {

    private final int count;
    private final long[] sortedNanos;

    LatencySummary(int count, long[] sortedNanos) {
        this.count = count;
        this.sortedNanos = sortedNanos;
    }

    public int count() {
        return count;
    }

    /**
     * The smallest recorded latency that at least {@code percent}% of the recordings do not exceed
     * (nearest-rank definition); NaN when nothing was recorded.
     */
    public double percentileMillis(double percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be in (0, 100]: " + percent);
        }
        if (count == 0) {
            return Double.NaN;
        }
        // The small slack keeps binary rounding (0.999 × 1000 = 999.0000000000001) from moving up a rank.
        int rank = (int) Math.ceil(percent / 100.0 * count - 1e-9);
        return sortedNanos[Math.max(rank, 1) - 1] / 1_000_000.0;
    }

    public double maxMillis() {
        return count == 0 ? Double.NaN : sortedNanos[count - 1] / 1_000_000.0;
    }
}
