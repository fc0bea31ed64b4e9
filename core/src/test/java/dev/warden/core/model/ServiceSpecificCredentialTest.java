package dev.warden.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceSpecificCredentialTest {

    private static final Instant EXPIRES = Instant.parse("2026-11-28T12:00:00Z");

    @ParameterizedTest(name = "{0}, expires {1}, at {2} -> {3}")
    @CsvSource({
            "Active, , 2099-01-01T00:00:00Z, Active",
            "Inactive, , 2099-01-01T00:00:00Z, Inactive",
            "Active, 2026-11-28T12:00:00Z, 2026-11-28T11:59:59.999Z, Active",
            "Inactive, 2026-11-28T12:00:00Z, 2026-11-28T11:59:59Z, Inactive",
            "Active, 2026-11-28T12:00:00Z, 2026-11-28T12:00:00Z, Expired",
            "Active, 2026-11-28T12:00:00Z, 2027-01-01T00:00:00Z, Expired",
            "Inactive, 2026-11-28T12:00:00Z, 2026-11-28T12:00:01Z, Expired"})
    void statusAt(AccessKeyStatus stored, Instant expires, Instant now, ServiceSpecificCredentialStatus reported) {
        ServiceSpecificCredential credential = new ServiceSpecificCredential("ACCAEXAMPLEEXAMPLE12", "AIDA1", "u",
                "bedrock.amazonaws.com", "BedrockAPIKey-1234-at-123456789012", stored, EXPIRES.minusSeconds(86_400),
                expires);
        assertThat(credential.statusAt(now)).isEqualTo(reported);
    }
}
