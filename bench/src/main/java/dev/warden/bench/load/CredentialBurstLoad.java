package dev.warden.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Bursts of concurrent GETs on a workload's container credentials endpoint (issue #6): {@code
 * --concurrency} threads, each with its own keep-alive connection, wait at a barrier and then send one
 * request at the same moment; this repeats {@code --rounds} times after {@code --warmup} rounds. Each
 * latency is taken from the barrier's release to the last byte of the answer. Prints one JSON line.
 * Run by bench/load/workload.sh, which takes the URL and token from {@code ./warden exec}:
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.warden.bench.load.CredentialBurstLoad \
 *     --url "$AWS_CONTAINER_CREDENTIALS_FULL_URI" --token-env AWS_CONTAINER_AUTHORIZATION_TOKEN</pre>
 */
@Command(name = "credential-burst-load", mixinStandardHelpOptions = true,
        description = "Concurrent bursts on the container credentials endpoint; prints JSON.")
public final class CredentialBurstLoad implements Callable<Integer> {

    @Mixin
    CredentialEndpointOptions endpoint;

    @Option(names = "--concurrency", defaultValue = "200", description = "requests per burst (default ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--rounds", defaultValue = "100", description = "measured bursts (default ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--warmup", defaultValue = "50", description = "bursts before measuring (default ${DEFAULT-VALUE})")
    int warmupRounds;

    @Override
    public Integer call() throws Exception {
        CredentialRequest request = endpoint.request();
        LatencyRecorder recorder = new LatencyRecorder(concurrency * rounds);
        AtomicInteger failures = new AtomicInteger();
        long[] releasedAt = new long[1];
        CyclicBarrier barrier = new CyclicBarrier(concurrency, () -> releasedAt[0] = System.nanoTime());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            Thread thread = new Thread(() -> {
                try {
                    for (int round = 0; round < warmupRounds + rounds; round++) {
                        barrier.await();
                        long start = releasedAt[0];
                        boolean ok = request.fetch();
                        long elapsed = System.nanoTime() - start;
                        if (!ok) {
                            failures.incrementAndGet();
                        } else if (round >= warmupRounds) {
                            recorder.record(elapsed);
                        }
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
            }, "burst-" + i);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        LatencySummary summary = recorder.summary();
        System.out.println(String.format(Locale.ROOT,
                "{\"concurrency\":%d,\"rounds\":%d,\"answered\":%d,\"failures\":%d,\"p50_ms\":%.3f,\"p90_ms\":%.3f,"
                        + "\"p99_ms\":%.3f,\"max_ms\":%.3f}",
                concurrency, rounds, summary.count(), failures.get(), summary.percentileMillis(50),
                summary.percentileMillis(90), summary.percentileMillis(99), summary.maxMillis()));
        return failures.get() == 0 ? 0 : 1;
    }

    public static void main(String[] args) {
        // HttpURLConnection keeps only 5 idle connections per host by default: the other threads would
        // open a new TCP connection per request, and the burst would measure connection set-up
        // (and SYN retries once the accept queue is full) instead of the endpoint.
        System.setProperty("http.maxConnections", "1000");
        System.exit(new CommandLine(new CredentialBurstLoad()).execute(args));
    }
}
