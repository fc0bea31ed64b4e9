package dev.warden.cli;

import dev.warden.core.home.StoreLocation;
import dev.warden.core.home.WardenHomeSettings;
import dev.warden.core.secret.MasterKey;
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
  static final String PUBLIC_URL_VARIABLE = "WARDEN_PUBLIC_URL";

  @Spec CommandSpec spec;

  @Option(names = "--home", paramLabel = "DIR",
      description = "Data folder (default: $WARDEN_HOME, else ./.warden).")
  String home;

  @Option(names = "--port", paramLabel = "PORT",
      description = "TCP port (default: $WARDEN_PORT, else " + WardenAppSettings.DEFAULT_PORT + "; 0 picks a free one).")
  Integer port;

  @Option(names = "--account-id", paramLabel = "ID", description = "12-digit account id for a new home (default: generated).")
  String accountId;

  @Option(names = "--db", paramLabel = "JDBC_URL",
      description = "PostgreSQL database instead of the home's SQLite file, e.g. "
          + "jdbc:postgresql://HOST:5432/DB?user=USER&password=PW (default: $WARDEN_DB). Several Warden nodes may "
          + "share one database; they must share the master key ($WARDEN_MASTER_KEY or a copy of master.key).")
  String db;

  @Option(names = "--public-url", paramLabel = "URL",
      description = "Where others reach this Warden, http(s)://host[:port][/path] (default: $WARDEN_PUBLIC_URL, else "
          + "the bound address): the base of the issuer URL in outbound web identity tokens (sts "
          + "get-web-identity-token), which external verifiers fetch the signing keys from. Nodes sharing a "
          + "database should set the same one.")
  String publicUrl;

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
    try {
      settings = settings.withStore(StoreLocation.resolve(db, environment));
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("warden: --db / " + StoreLocation.DATABASE_VARIABLE + ": " + e.getMessage());
      return 2;
    }
    String chosenPublicUrl = publicUrl != null ? publicUrl : environment.get(PUBLIC_URL_VARIABLE);
    if (chosenPublicUrl != null && !chosenPublicUrl.isBlank()) {
      try {
        settings = settings.withPublicUrl(chosenPublicUrl.trim());
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("warden: --public-url / " + PUBLIC_URL_VARIABLE + ": " + e.getMessage());
        return 2;
      }
    }
    String operatorKey = environment.get(WardenHomeSettings.MASTER_KEY_VARIABLE);
    if (operatorKey != null && !operatorKey.isBlank()) {
      try {
        settings = settings.withOperatorMasterKey(MasterKey.fromBase64(operatorKey));
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("warden: " + WardenHomeSettings.MASTER_KEY_VARIABLE + ": " + e.getMessage()
            + " (expected 32 random bytes in base64, e.g. from: openssl rand -base64 32)");
        return 2;
      }
    }
    WardenApp app;
    try {
      app = WardenApp.start(settings);
    } catch (RuntimeException e) {
      spec.commandLine().getErr().println("warden: cannot start: " + reasons(e));
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.close();
      stopped.countDown();
    }, "warden-shutdown"));
    out.println("Warden is running at http://127.0.0.1:" + app.port() + "  (account " + app.home().accountId()
        + ", home " + homeDirectory + ", data in " + settings.store().describe(homeDirectory) + ")");
    out.println("Point the AWS CLI and SDKs at it from another shell:");
    out.println("  eval \"$(./warden env" + (home != null ? " --home " + home : "") + ")\"");
    out.println("  aws sts get-caller-identity");
    out.println("Stop with Ctrl-C.");
    out.flush();
    stopped.await();
    return 0;
  }

  /** The messages of an exception and its causes, for one line on stderr (no stack trace). */
  static String reasons(Throwable e) {
    StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
        text.append(": ").append(cause.getMessage());
      }
    }
    return text.toString();
  }
}
