package dev.warden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.home.WardenHome;
import dev.warden.core.home.WardenHomeSettings;
import dev.warden.core.secret.MasterKey;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The ways {@code warden up} refuses to start; each returns before the server would run. */
class UpCommandTest {
  @TempDir Path home;

  private record Run(int exitCode, String err) {}

  private record Case(Map<String, String> env, String[] args) {}

  private Run up(Map<String, String> env, String... args) {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new UpCommand(env));
    cli.setErr(new PrintWriter(err));
    cli.setOut(new PrintWriter(new StringWriter()));
    return new Run(cli.execute(args), err.toString());
  }

  @Test
  void aDatabaseThatIsNotPostgresIsRefusedWithoutEchoingIt() {
    for (Case c : new Case[] {
        new Case(Map.of(), new String[] {"--home", home.toString(), "--db", "jdbc:mysql://h/db?password=hunter2"}),
        new Case(Map.of("WARDEN_DB", "mysql://h/db?password=hunter2"), new String[] {"--home", home.toString()}),
    }) {
      Run run = up(c.env(), c.args());
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("warden: --db / WARDEN_DB: the database must be a PostgreSQL JDBC URL")
          .doesNotContain("hunter2");
    }
  }

  @Test
  void aPublicUrlThatIsNotAnHttpBaseIsRefused() {
    for (Case c : List.of(new Case(Map.of(), new String[] {"--home", home.toString(), "--public-url", "ftp://h/x"}),
        new Case(Map.of("WARDEN_PUBLIC_URL", "https://h/x?y=1"), new String[] {"--home", home.toString()}))) {
      Run run = up(c.env(), c.args());

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("warden: --public-url / WARDEN_PUBLIC_URL: public URL must be http(s)://host[:port][/path]");
    }
  }

  @Test
  void aMalformedMasterKeyVariableIsRefused() {
    Run run = up(Map.of("WARDEN_MASTER_KEY", "not base64!"), "--home", home.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("warden: WARDEN_MASTER_KEY: master key is not valid base64");
  }

  @Test
  void aMasterKeyThatCannotOpenTheStoredSecretsStopsTheStartWithAClearMessage() {
    MasterKey original = MasterKey.generate(new SecureRandom());
    try (WardenHome created = WardenHome.open(WardenHomeSettings.defaults(home).withOperatorMasterKey(original))) {
      assertThat(created.isFirstStart()).isTrue();
    }
    String other = Base64.getEncoder().encodeToString(MasterKey.generate(new SecureRandom()).bytes());
    Run run = up(Map.of("WARDEN_MASTER_KEY", other), "--home", home.toString(), "--port", "0");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("warden: cannot start: the master key does not decrypt the secrets stored in "
        + home.toAbsolutePath().resolve("warden.db")).doesNotContain("\tat ");
  }

  @Test
  void reasonsJoinTheCauseChainOnOneLine() {
    RuntimeException e = new RuntimeException("cannot open", new IllegalStateException("pool failed",
        new java.net.ConnectException("Connection refused")));
    assertThat(UpCommand.reasons(e)).isEqualTo("cannot open: pool failed: Connection refused");
  }
}
