package dev.warden.server.authz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class PolicyGenerationTest {

    @Test
    void onItsOwnTheGenerationMovesOnlyWhenAdvanced() {
        PolicyGeneration generation = new PolicyGeneration();
        long first = generation.current();
        assertThat(generation.current()).isEqualTo(first);
        generation.advance();
        assertThat(generation.current()).isEqualTo(first + 1);
    }

    @Test
    void whileTheFeedCannotVouchEveryReadIsANewGenerationAndOnceItCanItHoldsStill() {
        PolicyGeneration generation = new PolicyGeneration();
        AtomicBoolean current = new AtomicBoolean(false);
        generation.trustOnlyWhile(current::get);

        long a = generation.current();
        long b = generation.current();
        assertThat(b).isGreaterThan(a);

        current.set(true);
        long c = generation.current();
        assertThat(generation.current()).isEqualTo(c).isGreaterThanOrEqualTo(b);
    }
}
