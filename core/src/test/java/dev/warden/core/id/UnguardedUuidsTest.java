package dev.warden.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UnguardedUuidsTest {

    @Test
    void areVersionFourIetfVariantInCanonicalForm() {
        for (int i = 0; i < 1000; i++) {
            UUID uuid = UnguardedUuids.next();
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(UnguardedUuids.nextString())
                    .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        }
    }

    @Test
    void doNotRepeatAcrossThreads() throws InterruptedException {
        Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 5000; i++) {
                    seen.add(UnguardedUuids.nextString());
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(seen).hasSize(20_000);
    }

    @Test
    void useEveryHexDigitInTheRandomPart() {
        Set<Character> digits = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            for (char c : UnguardedUuids.nextString().substring(24).toCharArray()) {
                digits.add(c);
            }
        }
        assertThat(digits).hasSize(16);
    }
}
