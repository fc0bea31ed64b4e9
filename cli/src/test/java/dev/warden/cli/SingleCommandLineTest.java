package dev.warden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class SingleCommandLineTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "exec,      exec",
      "workload,  workload",
      "env,       env",
      "up,        up",
      "policy,    policy",
      "catalog,   catalog",
  })
  void buildsOnlyTheNamedSubcommand(String first, String expected) {
    Optional<CommandLine> commandLine = SingleCommandLine.of(Main.class, new String[] {first, "--help"});

    assertThat(commandLine).isPresent();
    assertThat(commandLine.get().getSubcommands()).containsOnlyKeys(expected);
    assertThat(commandLine.get().getCommandName()).isEqualTo("warden");
  }

  @ParameterizedTest(name = "[{0}] -> the full command line")
  @CsvSource({"''", "--help", "--version", "help", "no-such-command", "-x"})
  void leavesEverythingElseToTheFullCommandLine(String first) {
    String[] args = first.isEmpty() ? new String[0] : new String[] {first};

    assertThat(SingleCommandLine.of(Main.class, args)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"exec", "policy", "env"})
  void helpOfTheSubcommandIsTheSameAsWithTheFullCommandLine(String command) {
    assertThat(usage(SingleCommandLine.of(Main.class, new String[] {command}).orElseThrow(), command))
        .isEqualTo(usage(Main.commandLine(), command))
        .contains("Usage: warden " + command);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'exec --no-such-option -- true'", "'exec -- true'", "'policy simulate'"})
  void parseErrorsAndExitCodesAreTheSameAsWithTheFullCommandLine(String line) {
    String[] args = line.split(" ");
    StringWriter fast = new StringWriter();
    StringWriter full = new StringWriter();
    CommandLine single = SingleCommandLine.of(Main.class, args).orElseThrow();
    single.setErr(new PrintWriter(fast));
    CommandLine complete = Main.commandLine();
    complete.setErr(new PrintWriter(full));

    assertThat(single.execute(args)).isEqualTo(complete.execute(args));
    assertThat(fast.toString()).isEqualTo(full.toString());
  }

  private static String usage(CommandLine root, String command) {
    StringWriter out = new StringWriter();
    root.getSubcommands().get(command).usage(new PrintWriter(out));
    return out.toString();
  }
}
