package dev.warden.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WardenAppIssuerBaseTest {

    @ParameterizedTest(name = "public URL {0}, host {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "NULL | 127.0.0.1 | http://127.0.0.1:8080",
        "NULL | warden.internal | http://warden.internal:8080",
        "NULL | 0.0.0.0 | http://127.0.0.1:8080",
        "NULL | :: | http://127.0.0.1:8080",
        "NULL | ::1 | http://[::1]:8080",
        "https://iam.example.com | 0.0.0.0 | https://iam.example.com",
        "https://example.com/warden/ | 0.0.0.0 | https://example.com/warden",
    })
    void issuerBaseIsAnAddressAVerifierCanReach(String publicUrl, String host, String base) {
        assertThat(WardenApp.issuerBase(publicUrl, host, 8080)).isEqualTo(base);
    }
}
