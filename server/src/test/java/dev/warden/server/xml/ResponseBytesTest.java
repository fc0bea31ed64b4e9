package dev.warden.server.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponseBytesTest {

    /** Mixed single bytes and slices, past several doublings; the result equals the JDK's stream's. */
    @ParameterizedTest
    @CsvSource({"1, 0", "1, 1", "4, 3", "16, 100", "256, 1000"})
    void holdsExactlyWhatWasWritten(int initialCapacity, int rounds) {
        ResponseBytes ours = new ResponseBytes(initialCapacity);
        ByteArrayOutputStream reference = new ByteArrayOutputStream();
        byte[] slice = "<Arn>arn:aws:iam::123456789012:user/ä</Arn>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < rounds; i++) {
            ours.write(i);
            reference.write(i);
            int from = i % slice.length;
            ours.write(slice, from, slice.length - from);
            reference.write(slice, from, slice.length - from);
        }
        assertThat(ours.toByteArray()).isEqualTo(reference.toByteArray());
    }
}
