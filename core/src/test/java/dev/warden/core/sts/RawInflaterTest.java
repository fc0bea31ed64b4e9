package dev.warden.core.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RawInflaterTest {

    private static final byte[] TEXT = "{\"tag\":\"value\"},".repeat(200).getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @ValueSource(ints = {3200, 10_000})
    void inflatesWhatFitsTheLimit(int maxBytes) throws DataFormatException {
        assertThat(RawInflater.inflate(RawDeflaters.deflate(TEXT.clone()), maxBytes, "claims")).isEqualTo(TEXT);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 10})
    void inflatesAnEmptyStream(int maxBytes) throws DataFormatException {
        assertThat(RawInflater.inflate(RawDeflaters.deflate(new byte[0]), maxBytes, "claims")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 1024, 3199})
    void refusesMoreThanTheLimit(int maxBytes) {
        assertThatThrownBy(() -> RawInflater.inflate(RawDeflaters.deflate(TEXT.clone()), maxBytes, "claims"))
                .isInstanceOf(DataFormatException.class).hasMessage("claims too large");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5})
    void refusesATruncatedStream(int cut) {
        byte[] deflated = RawDeflaters.deflate(TEXT.clone());
        byte[] truncated = Arrays.copyOf(deflated, Math.max(0, deflated.length / 2 - cut));
        assertThatThrownBy(() -> RawInflater.inflate(truncated, 10_000, "message"))
                .isInstanceOf(DataFormatException.class).hasMessage("truncated message");
    }
}
