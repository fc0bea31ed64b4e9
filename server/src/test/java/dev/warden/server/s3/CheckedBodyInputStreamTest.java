package dev.warden.server.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckedBodyInputStreamTest {

    /** Records what the check sees: the bytes, then -1 at the end. */
    static final class Recording extends CheckedBodyInputStream {
        final StringBuilder seen = new StringBuilder();
        final List<Integer> ends = new ArrayList<>();

        Recording(String content) {
            super(new ByteArrayInputStream(content.getBytes()));
        }

        @Override
        void check(byte[] buffer, int offset, int n) {
            if (n < 0) {
                ends.add(n);
            } else {
                seen.append(new String(buffer, offset, n));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "hello, world"})
    void everyByteReadOneAtATimeOrInBulkPassesTheCheckAndTheEndIsSeen(String content) throws IOException {
        try (Recording single = new Recording(content); Recording bulk = new Recording(content)) {
            StringBuilder read = new StringBuilder();
            for (int b = single.read(); b >= 0; b = single.read()) {
                read.append((char) b);
            }
            assertThat(read.toString()).isEqualTo(content);
            assertThat(single.seen.toString()).isEqualTo(content);
            assertThat(single.ends).containsExactly(-1);

            assertThat(new String(bulk.readAllBytes())).isEqualTo(content);
            assertThat(bulk.seen.toString()).isEqualTo(content);
            assertThat(bulk.ends).isNotEmpty().containsOnly(-1);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 5, 1000})
    void nothingCanBeSkippedPastTheCheck(long n) throws IOException {
        try (Recording body = new Recording("hello")) {
            assertThat(body.skip(n)).isZero();
            assertThat(new String(body.readAllBytes())).isEqualTo("hello");
            assertThat(body.seen.toString()).isEqualTo("hello");
        }
    }
}
