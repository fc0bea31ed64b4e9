package dev.warden.server.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class WorkloadTokenTest {

    @Test
    void matchesOnlyItsOwnTextAndNeverPrintsIt() {
        WorkloadToken token = WorkloadToken.generate(new SecureRandom());
        String text = token.reveal();

        assertThat(text).matches("[A-Za-z0-9_-]{43}");
        assertThat(token.matches(text)).isTrue();
        assertThat(token.matches(text + "x")).isFalse();
        assertThat(token.matches(text.substring(1))).isFalse();
        assertThat(token.matches("")).isFalse();
        assertThat(token.matches(null)).isFalse();
        assertThat(token.matches(WorkloadToken.generate(new SecureRandom()).reveal())).isFalse();
        assertThat(token.toString()).doesNotContain(text);
    }
}
