package dev.warden.server.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import dev.warden.core.model.Tag;
import dev.warden.server.error.AwsError;
import dev.warden.server.query.QueryParameters;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GetWebIdentityTokenRequestTest {

    static Map<String, String> with(String... pairs) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("Audience.member.1", "https://api.example.com");
        params.put("SigningAlgorithm", "RS256");
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                params.remove(pairs[i]);
            } else {
                params.put(pairs[i], pairs[i + 1]);
            }
        }
        return params;
    }

    @Test
    void readsEveryParameter() {
        GetWebIdentityTokenRequest request = GetWebIdentityTokenRequest.parse(QueryParameters.of(with(
                "Audience.member.2", "b", "SigningAlgorithm", "ES384", "DurationSeconds", "3600",
                "Tags.member.1.Key", "job", "Tags.member.1.Value", "nightly")));

        assertThat(request.audiences()).containsExactly("https://api.example.com", "b");
        assertThat(request.algorithm()).isEqualTo(JWSAlgorithm.ES384);
        assertThat(request.duration()).isEqualTo(Duration.ofHours(1));
        assertThat(request.tags()).containsExactly(new Tag("job", "nightly"));
    }

    @Test
    void durationDefaultsToFiveMinutes() {
        assertThat(GetWebIdentityTokenRequest.parse(QueryParameters.of(with())).duration())
                .isEqualTo(Duration.ofSeconds(300));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "DurationSeconds | 59 | Value '59' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 60",
        "DurationSeconds | 3601 | Value '3601' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 3600",
        "SigningAlgorithm | HS256 | Value 'HS256' at 'signingAlgorithm' failed to satisfy constraint: Member must satisfy enum value set: [RS256, ES384]",
        "SigningAlgorithm | RS512x | Value 'RS512x' at 'signingAlgorithm' failed to satisfy constraint: Member must have length less than or equal to 5",
        "SigningAlgorithm | NULL | Value null at 'signingAlgorithm' failed to satisfy constraint: Member must not be null",
        "Audience.member.1 | NULL | Value null at 'audience' failed to satisfy constraint: Member must not be null",
        "Audience.member.1 | '' | Value '' at 'audience' failed to satisfy constraint: Member must have length greater than or equal to 1",
        "Tags.member.1.Key | a*b | Value 'a*b' at 'tags.1.member.key' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+",
    })
    void reportsModelViolationsAsAws(String name, String value, String violation) {
        Map<String, String> params = with(name, value);
        if (name.startsWith("Tags.")) {
            params.put("Tags.member.1.Value", "v");
        }

        assertThatThrownBy(() -> GetWebIdentityTokenRequest.parse(QueryParameters.of(params)))
                .isInstanceOf(AwsError.class)
                .hasMessage("1 validation error detected: " + violation);
    }

    @Test
    void atMostTenAudiences() {
        Map<String, String> params = with();
        for (int i = 1; i <= 11; i++) {
            params.put("Audience.member." + i, "aud" + i);
        }

        assertThatThrownBy(() -> GetWebIdentityTokenRequest.parse(QueryParameters.of(params)))
                .isInstanceOf(AwsError.class)
                .hasMessageContaining("at 'audience' failed to satisfy constraint: Member must have length less than or equal to 10");
    }
}
