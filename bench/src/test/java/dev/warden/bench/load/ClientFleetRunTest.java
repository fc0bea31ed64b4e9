package dev.warden.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Counts, not timings: every due request is sent once, by the fleet's clients, and sorted into answers and failures. */
class ClientFleetRunTest {

    @Test
    void sendsWarmupPlusMeasuredRequestsFromEveryClientAndRecordsOnlyTheMeasured() throws Exception {
        AtomicLong sent = new AtomicLong();
        Set<String> senders = ConcurrentHashMap.newKeySet();
        ClientFleetRun fleet = new ClientFleetRun(4, () -> {
            sent.incrementAndGet();
            senders.add(Thread.currentThread().getName());
            return true;
        });

        ClientFleetRun.Result result = fleet.run(2000, 40, 100);

        assertThat(sent).hasValue(140);
        assertThat(senders).containsExactlyInAnyOrder("client-0", "client-1", "client-2", "client-3");
        assertThat(result.due()).isEqualTo(100);
        assertThat(result.answered()).isEqualTo(100);
        assertThat(result.failures()).isZero();
        assertThat(result.latency().count()).isEqualTo(100);
        assertThat(result.service().count()).isEqualTo(100);
    }

    @Test
    void badAnswersAndErrorsAreFailuresNotLatencies() throws Exception {
        AtomicLong calls = new AtomicLong();
        ClientFleetRun fleet = new ClientFleetRun(3, () -> {
            long call = calls.incrementAndGet();
            if (call % 3 == 0) {
                throw new IOException("connection reset");
            }
            return call % 3 == 1;
        });

        ClientFleetRun.Result result = fleet.run(3000, 0, 90);

        assertThat(result.answered() + result.failures()).isEqualTo(90);
        assertThat(result.answered()).isEqualTo(30);
        assertThat(result.latency().count()).isEqualTo(30);
    }

    @Test
    void rejectsAnEmptyFleetOrRun() {
        assertThatThrownBy(() -> new ClientFleetRun(0, () -> true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientFleetRun(1, () -> true).run(0, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientFleetRun(1, () -> true).run(10, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
