package dev.warden.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WardenAppIssuerBaseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "127.0.0.1 | http://127.0.0.1:8080",
        "warden.internal | http://warden.internal:8080",
        "0.0.0.0 | http://127.0.0.1:8080",
        ":: | http://127.0.0.1:8080",
        "::1 | http://[::1]:8080",
    })
    void issuerBaseIsAnAddressAVerifierCanReach(String host, String base) {
        assertThat(WardenApp.issuerBase(host, 8080)).isEqualTo(base);
    }
}
