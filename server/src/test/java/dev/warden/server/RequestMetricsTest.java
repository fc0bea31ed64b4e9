package dev.warden.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RequestMetricsTest {

    @Test
    void oneSeriesPerServiceActionAndOutcome() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        RequestMetrics metrics = new RequestMetrics(registry);

        metrics.record("sts", "GetCallerIdentity", "success", Duration.ofMillis(2));
        metrics.record("sts", "GetCallerIdentity", "success", Duration.ofMillis(4));
        metrics.record("sts", "GetCallerIdentity", "AccessDenied", Duration.ofMillis(1));
        metrics.record("iam", "GetCallerIdentity", "success", Duration.ofMillis(1));

        assertThat(registry.get(RequestMetrics.TIMER).timers()).hasSize(3);
        var success = registry.get(RequestMetrics.TIMER).tags("service", "sts", "action", "GetCallerIdentity",
                "outcome", "success").timer();
        assertThat(success.count()).isEqualTo(2);
        assertThat(success.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS)).isEqualTo(6.0);
    }
}
