package dev.warden.server.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WardenAppSettingsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "https://iam.example.com | true",
        "http://10.0.0.5:8080 | true",
        "https://example.com/warden | true",
        "ftp://example.com | false",
        "https://example.com/?x=1 | false",
        "https://example.com/#frag | false",
        "example.com | false",
        "https:// spaced.example.com | false",
    })
    void publicUrlMustBeAnHttpBase(String url, boolean accepted) {
        WardenAppSettings defaults = WardenAppSettings.defaults(Path.of("home"));
        if (accepted) {
            assertThat(defaults.withPublicUrl(url).publicUrl()).isEqualTo(url);
            assertThat(defaults.withPublicUrl(url).withPort(9).publicUrl()).as("kept by the other withers").isEqualTo(url);
        } else {
            assertThatThrownBy(() -> defaults.withPublicUrl(url)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(url);
        }
    }
}
