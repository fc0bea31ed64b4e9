package dev.warden.server;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LogOnlyAuditSinkTest {

    @Test
    void logsEventsWithHostileActionNamesWithoutFailing() {
        AuditEvent event = new AuditEvent("r", Instant.EPOCH, "iam", Optional.of("Get\nRole\u0000" + "x".repeat(500)),
                Optional.empty(), Optional.empty(), "127.0.0.1", "ua", 400, Optional.of("InvalidAction"),
                Optional.empty(), Duration.ofMillis(3));

        assertThatCode(() -> new LogOnlyAuditSink().record(event)).doesNotThrowAnyException();
    }
}
