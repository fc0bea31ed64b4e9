package dev.warden.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Fixed-rate load generator for latency at a given request rate (wrk only measures closed-loop
 * throughput): sends pre-signed requests open loop, first a warm-up phase, then a measured one, and
 * prints one JSON object with both phases' results on stdout. Run by bench/load/warden_load.py:
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.warden.bench.load.FixedRateLoad \
 *     --url http://127.0.0.1:PORT/ --requests signed.json --rate 1000 --warmup 5 --duration 15</pre>
 */
@Command(name = "fixed-rate-load", mixinStandardHelpOptions = true,
        description = "Open-loop fixed-rate load with pre-signed requests; prints JSON.")
public final class FixedRateLoad implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--url", required = true, description = "target URI (loopback)")
    URI url;

    @Option(names = "--requests", required = true, description = "JSON file of pre-signed requests")
    Path requests;

    @Option(names = "--rate", defaultValue = "1000", description = "requests per second (default ${DEFAULT-VALUE})")
    int rate;

    @Option(names = "--warmup", defaultValue = "5", description = "warm-up seconds, not measured (default ${DEFAULT-VALUE})")
    int warmupSeconds;

    @Option(names = "--duration", defaultValue = "15", description = "measured seconds (default ${DEFAULT-VALUE})")
    int durationSeconds;

    @Option(names = "--max-in-flight", defaultValue = "512",
            description = "requests allowed to wait for an answer at once (default ${DEFAULT-VALUE})")
    int maxInFlight;

    @Override
    public Integer call() throws Exception {
        String host = url.getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host) && !"::1".equals(host)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "loopback targets only, not " + host);
        }
        Duration timeout = Duration.ofSeconds(10);
        SignedRequestPool pool = SignedRequestPool.read(requests, url, timeout);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        FixedRateRun run = new FixedRateRun(client, pool, maxInFlight);
        PhaseResult warmup = run.run(rate, Duration.ofSeconds(warmupSeconds), 0, timeout);
        long measuredFrom = (long) rate * warmupSeconds;
        PhaseResult measured = run.run(rate, Duration.ofSeconds(durationSeconds), measuredFrom, timeout);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("poolSize", pool.size());
        out.put("warmup", warmup.asMap());
        out.put("measured", measured.asMap());
        System.out.println(new ObjectMapper().writeValueAsString(out));
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new FixedRateLoad()).execute(args));
    }
}
