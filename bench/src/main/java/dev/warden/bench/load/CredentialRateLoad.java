package dev.warden.bench.load;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The container credentials endpoint under {@code --clients} concurrent clients at fixed aggregate
 * rates (issue #6), open loop: see {@link ClientFleetRun}. Prints one JSON line per rate. Unlike
 * {@link CredentialBurstLoad}, whose 200 simultaneous requests on 2 cores mostly measure queueing,
 * this gives the latency a fleet of workloads sees at a given request rate. Run by
 * bench/load/workload.sh under {@code ./warden exec}:
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.warden.bench.load.CredentialRateLoad \
 *     --url "$AWS_CONTAINER_CREDENTIALS_FULL_URI" --clients 200 --rates 1000,2000</pre>
 */
@Command(name = "credential-rate-load", mixinStandardHelpOptions = true,
        description = "Fixed-rate load from N clients on the container credentials endpoint; prints JSON lines.")
public final class CredentialRateLoad implements Callable<Integer> {

    @Mixin
    CredentialEndpointOptions endpoint;

    @Option(names = "--clients", defaultValue = "200", description = "concurrent clients (default ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--rates", split = ",", defaultValue = "1000,2000",
            description = "aggregate requests per second, one run each (default ${DEFAULT-VALUE})")
    List<Integer> rates;

    @Option(names = "--warmup", defaultValue = "5", description = "warm-up seconds per rate (default ${DEFAULT-VALUE})")
    int warmupSeconds;

    @Option(names = "--duration", defaultValue = "15", description = "measured seconds per rate (default ${DEFAULT-VALUE})")
    int durationSeconds;

    @Override
    public Integer call() throws Exception {
        CredentialRequest request = endpoint.request();
        ClientFleetRun fleet = new ClientFleetRun(clients, request::fetch);
        long failures = 0;
        for (int rate : rates) {
            ClientFleetRun.Result result = fleet.run(rate, (long) rate * warmupSeconds, (long) rate * durationSeconds);
            failures += result.failures();
            LatencySummary latency = result.latency();
            System.out.println(String.format(Locale.ROOT,
                    "{\"clients\":%d,\"rate\":%d,\"due\":%d,\"answered\":%d,\"failures\":%d,\"p50_ms\":%.3f,"
                            + "\"p90_ms\":%.3f,\"p99_ms\":%.3f,\"p999_ms\":%.3f,\"max_ms\":%.3f,\"max_late_start_ms\":%.3f,"
                            + "\"service_p50_ms\":%.3f,\"service_p99_ms\":%.3f}",
                    result.clients(), result.rate(), result.due(), result.answered(), result.failures(),
                    latency.percentileMillis(50), latency.percentileMillis(90), latency.percentileMillis(99),
                    latency.percentileMillis(99.9), latency.maxMillis(), result.maxLateStartMs(),
                    result.service().percentileMillis(50), result.service().percentileMillis(99)));
        }
        return failures == 0 ? 0 : 1;
    }

    public static void main(String[] args) {
        // Room in the JDK's keep-alive pool for one connection per client (the default keeps 5).
        System.setProperty("http.maxConnections", "1000");
        System.exit(new CommandLine(new CredentialRateLoad()).execute(args));
    }
}
