package dev.warden.bench.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop load from a fixed fleet of clients, as {@code --clients} containers would each fetch
 * credentials: request {@code i} is due at {@code start + i / rate} and is sent by client
 * {@code i mod clients}, each client one request at a time. A request's latency counts from its due
 * time, so a client still waiting for a slow answer is charged for the delay it causes to its next
 * request (no coordinated omission), while the aggregate rate stays fixed whatever the answers do.
 * The schedule's own lateness (a client thread woken after the due time) is reported apart, and so is
 * the service time (from the actual send to the answer): on a machine whose cores are oversubscribed
 * the two differ by the time the client threads wait to be scheduled.
 */
public final class ClientFleetRun {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    /** What a client sends; {@code true} for a good answer. */
    @FunctionalInterface
    public interface Request {
        boolean send() throws IOException;
    }

    /** Counts and latencies of one run. */
    public record Result(int clients, int rate, long due, long answered, long failures, double maxLateStartMs,
            LatencySummary latency, LatencySummary service) {}

    private final int clients;
    private final Request request;

    public ClientFleetRun(int clients, Request request) {
        if (clients < 1) {
            throw new IllegalArgumentException("clients must be positive: " + clients);
        }
        this.clients = clients;
        this.request = request;
    }

    /**
     * Sends {@code warmup + measured} requests at {@code rate} per second in all; only the last
     * {@code measured} are recorded.
     */
    public Result run(int rate, long warmup, long measured) throws InterruptedException {
        if (rate < 1 || warmup < 0 || measured < 1) {
            throw new IllegalArgumentException("rate and measured must be positive, warmup not negative");
        }
        long total = warmup + measured;
        LatencyRecorder latencies = new LatencyRecorder(Math.toIntExact(measured));
        LatencyRecorder services = new LatencyRecorder(Math.toIntExact(measured));
        AtomicLong failures = new AtomicLong();
        AtomicLong answered = new AtomicLong();
        LongAccumulator maxLateStart = new LongAccumulator(Math::max, 0);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        List<Thread> threads = new ArrayList<>(clients);
        for (int client = 0; client < clients; client++) {
            int first = client;
            Thread thread = new Thread(() -> {
                for (long i = first; i < total; i += clients) {
                    long due = start + i * NANOS_PER_SECOND / rate;
                    long now = System.nanoTime();
                    while (now < due) {
                        LockSupport.parkNanos(due - now);
                        now = System.nanoTime();
                    }
                    boolean ok;
                    try {
                        ok = request.send();
                    } catch (IOException | RuntimeException e) {
                        ok = false;
                    }
                    long done = System.nanoTime();
                    if (i < warmup) {
                        continue;
                    }
                    maxLateStart.accumulate(now - due);
                    if (ok) {
                        latencies.record(done - due);
                        services.record(done - now);
                        answered.incrementAndGet();
                    } else {
                        failures.incrementAndGet();
                    }
                }
            }, "client-" + client);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Result(clients, rate, measured, answered.get(), failures.get(), maxLateStart.get() / 1_000_000.0,
                latencies.summary(), services.summary());
    }
}
