package dev.warden.server.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.server.error.AwsError;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkloadRegistrationTest {

    static WorkloadRegistration parse(String json) {
        return WorkloadRegistration.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsEveryMember() {
        WorkloadRegistration registration = parse(
                "{\"roleArn\":\"r\",\"sessionName\":\"s\",\"service\":\"glue\",\"durationSeconds\":900,\"imdsV1\":true}");

        assertThat(registration.role()).contains("r");
        assertThat(registration.instanceProfile()).isEmpty();
        assertThat(registration.sessionName()).isEqualTo("s");
        assertThat(registration.service()).contains(new ServicePrincipal("glue.amazonaws.com"));
        assertThat(registration.durationSeconds()).contains(900);
        assertThat(registration.imdsV1()).isTrue();
    }

    @Test
    void anInstanceProfileIsPassedToEc2() {
        WorkloadRegistration registration = parse("{\"instanceProfile\":\"ip\",\"sessionName\":\"s\"}");

        assertThat(registration.service()).isEqualTo(Optional.of(new ServicePrincipal("ec2.amazonaws.com")));
        assertThat(registration.imdsV1()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "[]|not a JSON object",
        "{|not a JSON object",
        "{\"sessionName\":\"s\"}|Exactly one of roleArn and instanceProfile",
        "{\"roleArn\":\"r\"}|sessionName is required",
        "{\"roleArn\":\"r\",\"sessionName\":\"\"}|sessionName must be a non-empty string",
        "{\"roleArn\":7,\"sessionName\":\"s\"}|roleArn must be a non-empty string",
        "{\"roleArn\":\"r\",\"sessionName\":\"s\",\"durationSeconds\":\"900\"}|durationSeconds must be an integer",
        "{\"roleArn\":\"r\",\"sessionName\":\"s\",\"durationSeconds\":1.5}|durationSeconds must be an integer",
        "{\"roleArn\":\"r\",\"sessionName\":\"s\",\"imdsV1\":\"yes\"}|imdsV1 must be true or false",
        "{\"roleArn\":\"r\",\"sessionName\":\"s\",\"policy\":\"{}\"}|Unknown member 'policy'",
    })
    void refusesWithAValidationError(String json, String message) {
        assertThatThrownBy(() -> parse(json)).isInstanceOf(AwsError.class).hasMessageContaining(message);
    }
}
