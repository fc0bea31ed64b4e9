package dev.warden.core.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class PerThreadSecureRandomTest {

    private static String draw(PerThreadSecureRandom random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Test
    void manyThreadsDrawAtOnceWithoutRepeats() throws InterruptedException {
        PerThreadSecureRandom random = new PerThreadSecureRandom();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        Thread[] threads = new Thread[8];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 2000; i++) {
                    seen.add(draw(random));
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(seen).hasSize(16_000);
    }

    @Test
    void smallDrawsAcrossBlockBoundariesNeverRepeat() {
        // 13 does not divide the block, so draws straddle refills; 64 and 65 bytes sit on either side
        // of the largest buffered draw.
        PerThreadSecureRandom random = new PerThreadSecureRandom();
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            for (int size : new int[] {13, 64, 65, 1}) {
                byte[] drawn = new byte[size];
                random.nextBytes(drawn);
                if (size > 1) {
                    assertThat(seen.add(java.util.HexFormat.of().formatHex(drawn))).isTrue();
                }
            }
        }
        random.nextBytes(new byte[0]);
    }

    @Test
    void aSeedAddsEntropyAndNeverMakesItReproducible() {
        PerThreadSecureRandom one = new PerThreadSecureRandom();
        PerThreadSecureRandom two = new PerThreadSecureRandom();
        one.setSeed(42L);
        two.setSeed(42L);
        one.setSeed(new byte[] {1, 2, 3});
        two.setSeed(new byte[] {1, 2, 3});
        assertThat(draw(one)).isNotEqualTo(draw(two));
    }

    @Test
    void randomsInheritedMethodsDrawFromIt() {
        PerThreadSecureRandom random = new PerThreadSecureRandom();
        Set<Integer> values = new java.util.HashSet<>();
        for (int i = 0; i < 2000; i++) {
            int value = random.nextInt(32);
            assertThat(value).isBetween(0, 31);
            values.add(value);
        }
        assertThat(values).hasSize(32);
        assertThat(random.generateSeed(8)).hasSize(8);
        assertThat(random.getAlgorithm()).contains("DRBG");
    }
}
