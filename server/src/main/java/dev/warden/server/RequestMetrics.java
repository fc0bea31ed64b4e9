package dev.warden.server;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One timer, {@code warden.requests} (Prometheus: {@code warden_requests_seconds_count}/{@code _sum}/
 * {@code _max}), tagged by service, action and outcome ({@code success} or the AWS error code). Tags
 * only take values from a closed set (registered services and actions, the error catalogue; S3 and the
 * decision gateway tag their own operation tables and error codes), so a
 * client sending random {@code Action} values cannot grow the number of series.
 */
public final class RequestMetrics {

    static final String TIMER = "warden.requests";
    public static final String UNKNOWN = "unknown";

    private record Series(String service, String action, String outcome) {}

    private final MeterRegistry registry;
    /** Registered timers by tags: building and registering one per request was a visible share of it (JFR). */
    private final ConcurrentHashMap<Series, Timer> timers = new ConcurrentHashMap<>();

    public RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void record(String service, String action, String outcome, Duration elapsed) {
        timers.computeIfAbsent(new Series(service, action, outcome), series -> Timer.builder(TIMER)
                .description("AWS Query requests by service, action and outcome")
                .tag("service", series.service())
                .tag("action", series.action())
                .tag("outcome", series.outcome())
                .register(registry))
                .record(elapsed);
    }
}
