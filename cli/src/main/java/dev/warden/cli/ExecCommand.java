package dev.warden.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warden exec --role ROLE [--as-service SVC] -- COMMAND ARGS…}: runs COMMAND as a workload of
 * the role, with no key in its environment; the AWS SDKs' default chains get the role's credentials
 * from Warden's container endpoint (or IMDS with {@code --instance-profile}) and renew them. Exits
 * with COMMAND's exit code; 125 when Warden refuses or cannot be reached, 127 when COMMAND cannot be
 * started. The workload is deregistered when COMMAND ends, and on SIGINT/SIGTERM.
 */
@Command(
    name = "exec",
    mixinStandardHelpOptions = true,
    description = "Run a command as a role (as an AWS service would), with no access key in its environment:"
        + " ./warden exec --role ROLE [--as-service SVC] -- COMMAND ARGS...",
    sortOptions = false)
public final class ExecCommand implements Callable<Integer> {

  static final int REFUSED = 125;
  static final int NOT_STARTED = 127;

  @Spec CommandSpec spec;

  @Mixin WorkloadOptions options;

  @Parameters(arity = "1..*", paramLabel = "COMMAND", description = "The command and its arguments (after --).")
  List<String> command;

  private final Map<String, String> environment;

  public ExecCommand() {
    this(System.getenv());
  }

  ExecCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    Optional<StartedWorkload> maybeStarted = StartedWorkload.start("exec", environment, options, err);
    if (maybeStarted.isEmpty()) {
      return REFUSED;
    }
    StartedWorkload started = maybeStarted.get();
    Process[] child = new Process[1];
    AtomicBoolean cleaned = new AtomicBoolean();
    Runnable cleanup = () -> {
      if (cleaned.compareAndSet(false, true)) {
        Process running = child[0];
        if (running != null && running.isAlive()) {
          running.destroy();
          try {
            running.waitFor(5, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        started.end(err);
      }
    };
    Thread hook = new Thread(cleanup, "warden-exec-cleanup");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
      builder.environment().clear();
      builder.environment().putAll(started.environment().variables());
      try {
        child[0] = builder.start();
      } catch (IOException e) {
        err.println("warden exec: cannot run " + command.get(0) + ": " + e.getMessage());
        err.flush();
        return NOT_STARTED;
      }
      return child[0].waitFor();
    } finally {
      cleanup.run();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The hook is already running (or has run) the same cleanup.
      }
    }
  }
}
