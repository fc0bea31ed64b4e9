package dev.warden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EnvCommandTest {
  @TempDir Path home;

  @Test
  void readsTheEndpointOfTheWardenProfile() {
    String config = "[default]\nregion = eu-west-1\nendpoint_url = http://elsewhere\n\n[profile warden]\nregion = us-east-1\n"
        + "endpoint_url = http://127.0.0.1:18080\n";
    assertThat(EnvCommand.endpointOf(config)).contains("http://127.0.0.1:18080");
    assertThat(EnvCommand.endpointOf("[profile other]\nendpoint_url = x\n")).isEmpty();
  }

  @Test
  void printsExportsAndNoSecrets() throws Exception {
    Files.createDirectories(home.resolve("aws"));
    Files.writeString(home.resolve("aws/config"), "[profile warden]\nregion = us-east-1\nendpoint_url = http://127.0.0.1:9999\n");
    Files.writeString(home.resolve("aws/credentials"),
        "[warden]\naws_access_key_id = AKIAEXAMPLE000000001\naws_secret_access_key = do-not-print-me\n");
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new EnvCommand(Map.of("WARDEN_HOME", home.toString())));
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute()).isZero();
    assertThat(out.toString())
        .contains("export AWS_PROFILE=warden")
        .contains("export AWS_ENDPOINT_URL='http://127.0.0.1:9999'")
        .contains("export AWS_SHARED_CREDENTIALS_FILE='" + home.toAbsolutePath().resolve("aws/credentials") + "'")
        .contains("unset AWS_ACCESS_KEY_ID")
        .doesNotContain("do-not-print-me")
        .doesNotContain("AKIAEXAMPLE000000001");
  }

  @Test
  void failsClearlyWithoutAHome() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new EnvCommand(Map.of("WARDEN_HOME", home.resolve("missing").toString())));
    cli.setErr(new PrintWriter(err));
    assertThat(cli.execute()).isEqualTo(2);
    assertThat(err.toString()).contains("no Warden home");
  }

  @Test
  void auditTimesAcceptInstantsAndDurations() {
    Instant now = Instant.parse("2026-11-28T12:00:00Z");
    assertThat(AuditCommand.instant("2h", now)).isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
    assertThat(AuditCommand.instant("7d", now)).isEqualTo(Instant.parse("2026-11-21T12:00:00Z"));
    assertThat(AuditCommand.instant("2026-01-01T00:00:00Z", now)).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(AuditCommand.instant(null, now)).isNull();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> AuditCommand.instant("soon", now))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
