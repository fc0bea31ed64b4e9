package dev.warden.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the runnable jar: {@code ./warden <command> ...}. */
@Command(
    name = "warden",
    mixinStandardHelpOptions = true,
    version = "warden 0.1.0",
    description = "AWS IAM and STS as a self-hosted service.",
    subcommands = {
      CommandLine.HelpCommand.class,
      UpCommand.class,
      EnvCommand.class,
      AuditCommand.class,
      PolicyCommand.class,
      ScanCommand.class,
      AccessCommand.class,
      GraphCommand.class,
      ExecCommand.class,
      WorkloadCommand.class,
      LintCommand.class,
      CatalogCommand.class, OidcCommand.class, IdpCommand.class
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    // Only the command being run is built: the others' models cost hundreds of ms of start-up.
    System.exit(SingleCommandLine.of(Main.class, args).orElseGet(Main::commandLine).execute(args));
  }

  /** The configured command line, shared by {@link #main} and tests. */
  public static CommandLine commandLine() {
    return new CommandLine(new Main());
  }
}
