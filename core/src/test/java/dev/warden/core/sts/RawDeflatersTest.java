package dev.warden.core.sts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RawDeflatersTest {

    private static byte[] freshDeflate(byte[] input) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(input);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] deflated) throws Exception {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1024];
            while (!inflater.finished()) {
                out.write(buffer, 0, inflater.inflate(buffer));
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }

    /** Each use starts clean: the bytes equal a fresh Deflater's, whatever was deflated before. */
    @ParameterizedTest
    @ValueSource(strings = {"", "x", "{\"akid\":\"ASIAEXAMPLE\",\"acct\":\"123456789012\"}", "long"})
    void deflatesAsAFreshDeflaterAndRoundTrips(String text) throws Exception {
        byte[] input = (text.equals("long") ? "{\"tag\":\"value\"},".repeat(500) : text).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < RawDeflaters.KEPT + 2; i++) {
            RawDeflaters.deflate(("other input " + i).repeat(i + 1).getBytes(StandardCharsets.UTF_8));
            byte[] deflated = RawDeflaters.deflate(input.clone());
            assertThat(deflated).isEqualTo(freshDeflate(input));
            assertThat(inflate(deflated)).isEqualTo(input);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 16, 64})
    void manyThreadsAtOnceEachGetTheirOwnResult(int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < threads * 4; t++) {
                byte[] input = ("{\"session\":" + t + "}").repeat(t + 1).getBytes(StandardCharsets.UTF_8);
                results.add(pool.submit(() -> java.util.Arrays.equals(inflate(RawDeflaters.deflate(input.clone())), input)));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
