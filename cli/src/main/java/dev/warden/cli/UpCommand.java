package dev.warden.cli;

import dev.warden.core.home.WardenHomeSettings;
import dev.warden.server.app.WardenApp;
import dev.warden.server.app.WardenAppSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code warden up}: runs the IAM and STS server until interrupted. */
@Command(
    name = "up",
    description = "Start Warden (IAM + STS) on 127.0.0.1 and keep it running until Ctrl-C. "
        + "The first start creates the account, an administrator and the AWS CLI profile 'warden'.")
public final class UpCommand implements Callable<Integer> {
  static final String PORT_VARIABLE = "WARDEN_PORT";

  @Spec CommandSpec spec;

  @Option(names = "--home", paramLabel = "DIR",
      description = "Data folder (default: $WARDEN_HOME, else ./.warden).")
  String home;

  @Option(names = "--port", paramLabel = "PORT",
      description = "TCP port (default: $WARDEN_PORT, else " + WardenAppSettings.DEFAULT_PORT + "; 0 picks a free one).")
  Integer port;

  @Option(names = "--account-id", paramLabel = "ID", description = "12-digit account id for a new home (default: generated).")
  String accountId;

  private final Map<String, String> environment;

  public UpCommand() {
    this(System.getenv());
  }

  UpCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    Path homeDirectory = WardenHomeSettings.resolveHome(home, environment).toAbsolutePath();
    int chosenPort;
    try {
      chosenPort = port != null ? port
          : environment.containsKey(PORT_VARIABLE) ? Integer.parseInt(environment.get(PORT_VARIABLE).trim())
          : WardenAppSettings.DEFAULT_PORT;
    } catch (NumberFormatException e) {
      spec.commandLine().getErr().println("warden: " + PORT_VARIABLE + " is not a port number: " + environment.get(PORT_VARIABLE));
      return 2;
    }
    WardenAppSettings settings = WardenAppSettings.defaults(homeDirectory).withPort(chosenPort).withClock(Clock.systemUTC());
    if (accountId != null) {
      settings = settings.withAccountId(accountId);
    }
    WardenApp app = WardenApp.start(settings);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.close();
      stopped.countDown();
    }, "warden-shutdown"));
    out.println("Warden is running at http://127.0.0.1:" + app.port() + "  (account " + app.home().accountId()
        + ", home " + homeDirectory + ")");
    out.println("Point the AWS CLI and SDKs at it from another shell:");
    out.println("  eval \"$(./warden env" + (home != null ? " --home " + home : "") + ")\"");
    out.println("  aws sts get-caller-identity");
    out.println("Stop with Ctrl-C.");
    out.flush();
    stopped.await();
    return 0;
  }
}
