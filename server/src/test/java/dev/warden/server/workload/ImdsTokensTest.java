package dev.warden.server.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImdsTokensTest {

    static final Instant T0 = Instant.parse("2026-11-28T06:00:00Z");

    @Test
    void aTokenIsValidForItsWorkloadUntilItsTtlEnds() {
        ImdsTokens tokens = new ImdsTokens(new SecureRandom());
        String token = tokens.issue("wl-1", Duration.ofSeconds(60), T0).reveal();

        assertThat(tokens.valid("wl-1", token, T0.plusSeconds(59))).isTrue();
        assertThat(tokens.valid("wl-1", token, T0.plusSeconds(60))).isFalse();
        assertThat(tokens.valid("wl-2", token, T0)).isFalse();
        assertThat(tokens.valid("wl-1", "other", T0)).isFalse();
        assertThat(tokens.valid("wl-1", null, T0)).isFalse();
        tokens.forget("wl-1");
        assertThat(tokens.valid("wl-1", token, T0)).isFalse();
    }

    @Test
    void keepsOnlyTheNewestTokensOfAWorkload() {
        ImdsTokens tokens = new ImdsTokens(new SecureRandom());
        List<String> issued = new ArrayList<>();
        for (int i = 0; i <= ImdsTokens.PER_WORKLOAD; i++) {
            issued.add(tokens.issue("wl-1", Duration.ofHours(6), T0).reveal());
        }

        assertThat(tokens.valid("wl-1", issued.get(0), T0)).isFalse();
        assertThat(tokens.valid("wl-1", issued.get(1), T0)).isTrue();
        assertThat(tokens.valid("wl-1", issued.get(ImdsTokens.PER_WORKLOAD), T0)).isTrue();
    }
}
