package dev.warden.core.iam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.secret.MfaSeed;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    /** The SHA-1 key of RFC 6238 Appendix B. */
    static final MfaSeed RFC_SEED = MfaSeed.fromBytes("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    /** RFC 6238 Appendix B, SHA-1 column: the last six of its eight digits. */
    @ParameterizedTest(name = "t={0}")
    @CsvSource({
            "59, 287082",
            "1111111109, 081804",
            "1111111111, 050471",
            "1234567890, 005924",
            "2000000000, 279037",
            "20000000000, 353130"})
    void rfc6238TestVectors(long epochSecond, String code) {
        Instant time = Instant.ofEpochSecond(epochSecond);
        assertThat(Totp.code(RFC_SEED, Totp.step(time))).isEqualTo(code);
        assertThat(Totp.matchesNear(RFC_SEED, code, time, 0)).isTrue();
    }

    @ParameterizedTest(name = "offset {0} steps, window {1}: {2}")
    @CsvSource({"0, 1, true", "1, 1, true", "-1, 1, true", "2, 1, false", "-2, 1, false", "2, 2, true"})
    void aCodeIsAcceptedOnlyWithinItsWindow(int offsetSteps, int window, boolean accepted) {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        String code = Totp.code(RFC_SEED, Totp.step(now) + offsetSteps);
        assertThat(Totp.matchesNear(RFC_SEED, code, now, window)).isEqualTo(accepted);
    }

    @ParameterizedTest(name = "codes at {0} and {1} steps from now")
    @CsvSource({"-3, -2, -2", "0, 1, 1", "0, 2, ", "1, 0, "})
    void twoConsecutiveCodesGiveTheLaterStep(int first, int second, Integer expectedOffset) {
        Instant now = Instant.ofEpochSecond(2_000_000_000);
        long step = Totp.step(now);
        long found = Totp.consecutiveStep(RFC_SEED, Totp.code(RFC_SEED, step + first), Totp.code(RFC_SEED, step + second),
                now, 10);
        assertThat(found).isEqualTo(expectedOffset == null ? -1 : step + expectedOffset);
    }

    @ParameterizedTest
    @CsvSource({"12345, false", "'', false", "abcdef, false"})
    void malformedCodesNeverMatch(String candidate, boolean accepted) {
        assertThat(Totp.matchesNear(RFC_SEED, candidate, Instant.ofEpochSecond(59), 1)).isEqualTo(accepted);
    }
}
