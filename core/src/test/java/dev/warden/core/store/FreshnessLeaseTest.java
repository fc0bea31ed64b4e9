package dev.warden.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FreshnessLeaseTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final FreshnessLease lease = new FreshnessLease(Duration.ofNanos(100), now::get);

    @Test
    void notCurrentBeforeTheFirstConfirmation() {
        assertThat(lease.isCurrent()).isFalse();
    }

    @Test
    void aConfirmationCountsFromWhenItsCheckBeganUpToTheBound() {
        long began = lease.checkBegins();
        now.addAndGet(30); // the check took 30 ns
        lease.confirm(began);
        record Step(long at, boolean current) {}
        for (Step step : new Step[] {new Step(1_030, true), new Step(1_100, true), new Step(1_101, false)}) {
            now.set(step.at());
            assertThat(lease.isCurrent()).as("at %d", step.at()).isEqualTo(step.current());
        }
    }

    @Test
    void anOlderConfirmationNeverReplacesANewerOne() {
        lease.confirm(1_050);
        lease.confirm(1_000);
        now.set(1_150);
        assertThat(lease.isCurrent()).isTrue();
    }

    @Test
    void revokingEndsTheLeaseAtOnce() {
        lease.confirm(lease.checkBegins());
        lease.revoke();
        assertThat(lease.isCurrent()).isFalse();
    }

    @Test
    void theBoundMustBePositive() {
        assertThatThrownBy(() -> new FreshnessLease(Duration.ZERO, now::get)).isInstanceOf(IllegalArgumentException.class);
        assertThat(lease.bound()).isEqualTo(Duration.ofNanos(100));
    }
}
