package dev.warden.bench.load;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop load: request {@code i} is due at {@code start + i / rate} whatever happened to the
 * earlier ones, and its latency counts from that due time. A slow answer therefore delays no later
 * request and every late request is charged for its wait, unlike a closed loop that would send
 * less while the server stalls.
 */
public final class FixedRateRun {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final HttpClient client;
    private final SignedRequestPool pool;
    private final int maxInFlight;

    public FixedRateRun(HttpClient client, SignedRequestPool pool, int maxInFlight) {
        this.client = client;
        this.pool = pool;
        this.maxInFlight = maxInFlight;
    }

    /**
     * Sends {@code rate × duration} requests at {@code rate} per second and waits (up to
     * {@code drain}) for the answers. Numbering continues from {@code firstSequence}, so that a
     * measured phase after a warm-up sends other pre-signed requests.
     */
    public PhaseResult run(int rate, Duration duration, long firstSequence, Duration drain) throws InterruptedException {
        if (rate < 1) {
            throw new IllegalArgumentException("rate must be positive: " + rate);
        }
        long total = duration.toNanos() * rate / NANOS_PER_SECOND;
        LatencyRecorder latencies = new LatencyRecorder(Math.toIntExact(total));
        Map<String, Long> failures = new ConcurrentHashMap<>();
        LongAdder answered = new LongAdder();
        AtomicLong lastAnswer = new AtomicLong();
        Semaphore inFlight = new Semaphore(maxInFlight);
        long sent = 0;
        long skipped = 0;
        long maxLag = 0;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        for (long i = 0; i < total; i++) {
            long due = start + i * NANOS_PER_SECOND / rate;
            long now = System.nanoTime();
            while (now < due) {
                LockSupport.parkNanos(due - now);
                now = System.nanoTime();
            }
            maxLag = Math.max(maxLag, now - due);
            if (!inFlight.tryAcquire()) {
                skipped++;
                continue;
            }
            sent++;
            client.sendAsync(pool.get(firstSequence + i), HttpResponse.BodyHandlers.ofByteArray())
                    .whenComplete((response, error) -> {
                        long done = System.nanoTime();
                        if (error != null) {
                            failures.merge(rootCause(error).getClass().getSimpleName(), 1L, Long::sum);
                        } else if (response.statusCode() != 200) {
                            failures.merge("HTTP " + response.statusCode(), 1L, Long::sum);
                        } else {
                            latencies.record(done - due);
                            answered.increment();
                        }
                        lastAnswer.accumulateAndGet(done, Math::max);
                        inFlight.release();
                    });
        }
        if (!inFlight.tryAcquire(maxInFlight, drain.toNanos(), TimeUnit.NANOSECONDS)) {
            failures.merge("unanswered after drain", (long) (maxInFlight - inFlight.availablePermits()), Long::sum);
        }
        double seconds = (Math.max(lastAnswer.get(), start) - start) / (double) NANOS_PER_SECOND;
        return new PhaseResult(rate, sent, answered.sum(), failures, skipped, seconds, maxLag / 1_000_000.0,
                latencies.summary());
    }

    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
