package dev.warden.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Counts, not timings: every due request is sent once, and answers are sorted into ok and failures. */
class FixedRateRunTest {

    private HttpServer server;
    private final Queue<String> bodies = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            bodies.add(body + " " + exchange.getRequestHeaders().getFirst("Authorization"));
            int status = body.equals("Action=fail") ? 403 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private FixedRateRun runAgainst(List<SignedRequest> requests) {
        URI target = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        SignedRequestPool pool = new SignedRequestPool(target, requests, Duration.ofSeconds(5));
        return new FixedRateRun(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), pool, 64);
    }

    @Test
    void sendsRateTimesDurationRequestsAndSortsTheAnswers() throws Exception {
        FixedRateRun run = runAgainst(List.of(
                new SignedRequest(Map.of("Authorization", "sig-ok"), "Action=ok"),
                new SignedRequest(Map.of("Authorization", "sig-fail"), "Action=fail")));

        PhaseResult result = run.run(200, Duration.ofSeconds(1), 0, Duration.ofSeconds(10));

        assertThat(result.sent()).isEqualTo(200);
        assertThat(result.skipped()).isZero();
        assertThat(result.answered()).isEqualTo(100);
        assertThat(result.failures()).isEqualTo(Map.of("HTTP 403", 100L));
        assertThat(result.latency().count()).isEqualTo(100);
        assertThat(result.asMap()).containsKeys("p50Ms", "p99Ms", "p999Ms", "maxMs", "achievedRate", "maxDispatchLagMs");
        assertThat(bodies).hasSize(200).contains("Action=ok sig-ok", "Action=fail sig-fail");
    }

    @Test
    void sequenceNumbersContinueIntoThePool() throws Exception {
        FixedRateRun run = runAgainst(List.of(
                new SignedRequest(Map.of("Authorization", "a"), "Action=fail"),
                new SignedRequest(Map.of("Authorization", "b"), "Action=ok")));

        PhaseResult result = run.run(100, Duration.ofMillis(10), 1, Duration.ofSeconds(10));

        assertThat(result.sent()).isEqualTo(1);
        assertThat(result.answered()).isEqualTo(1);
        assertThat(bodies).containsExactly("Action=ok b");
    }

    @Test
    void anUnreachableServerIsAFailureNotAnAnswer() throws Exception {
        FixedRateRun run = runAgainst(List.of(new SignedRequest(Map.of(), "Action=ok")));
        server.stop(0);

        PhaseResult result = run.run(50, Duration.ofMillis(100), 0, Duration.ofSeconds(10));

        assertThat(result.sent()).isEqualTo(5);
        assertThat(result.answered()).isZero();
        assertThat(result.failures().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(5);
    }
}
