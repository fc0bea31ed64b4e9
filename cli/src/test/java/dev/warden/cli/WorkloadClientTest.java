package dev.warden.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkloadClientTest {

  @Test
  void readsTheStringMembersOfTheAnswer() throws Exception {
    assertThat(WorkloadClient.topLevelStrings(
        "{\"workloadId\":\"wl-1\",\"nested\":{\"workloadId\":\"no\"},\"list\":[1],\"n\":3,\"roleArn\":\"arn\"}"))
        .containsOnlyKeys("workloadId", "roleArn").containsEntry("workloadId", "wl-1");
  }

  @Test
  void anAnswerThatIsNoObjectIsAFailure() {
    assertThatThrownBy(() -> WorkloadClient.topLevelStrings("[]")).hasMessageContaining("not a JSON object");
    assertThatThrownBy(() -> WorkloadClient.topLevelStrings("{\"a\":")).hasMessageContaining("not JSON");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "403|<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>Check failed: x &amp; y</Message>"
        + "</Error></ErrorResponse>|AccessDenied (HTTP 403): Check failed: x & y",
    "502|Bad gateway|HTTP 502: Bad gateway",
    "500|<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>|HTTP 500: <!DOCTYPE",
  })
  void describesErrorsWithoutTrustingTheirXml(int status, String body, String described) {
    assertThat(WorkloadClient.describeError(status, body)).startsWith(described);
  }
}
