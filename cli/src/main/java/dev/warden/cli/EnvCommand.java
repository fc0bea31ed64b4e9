package dev.warden.cli;

import dev.warden.core.home.WardenHomeSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code warden env}: the shell lines that point the AWS CLI and SDKs at Warden through the profile
 * files it wrote. No secret is printed: the keys stay in the credentials file.
 */
@Command(
    name = "env",
    description = "Print export lines that point the AWS CLI and SDKs at Warden: eval \"$(./warden env)\".")
public final class EnvCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--home", paramLabel = "DIR", description = "Data folder (default: $WARDEN_HOME, else ./.warden).")
  String home;

  private final Map<String, String> environment;

  public EnvCommand() {
    this(System.getenv());
  }

  EnvCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Path homeDirectory = WardenHomeSettings.resolveHome(home, environment).toAbsolutePath();
    Path config = homeDirectory.resolve("aws").resolve("config");
    Path credentials = homeDirectory.resolve("aws").resolve("credentials");
    if (!Files.isRegularFile(config) || !Files.isRegularFile(credentials)) {
      spec.commandLine().getErr().println("warden: no Warden home at " + homeDirectory
          + " (start it once with ./warden up" + (home != null ? " --home " + home : "") + ")");
      return 2;
    }
    Optional<String> endpoint;
    try {
      endpoint = endpointOf(Files.readString(config));
    } catch (IOException e) {
      spec.commandLine().getErr().println("warden: cannot read " + config + ": " + e.getMessage());
      return 2;
    }
    // Variables override profiles in every SDK: clear any keys the shell already has.
    out.println("unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN");
    out.println("export AWS_CONFIG_FILE=" + quote(config.toString()));
    out.println("export AWS_SHARED_CREDENTIALS_FILE=" + quote(credentials.toString()));
    out.println("export AWS_PROFILE=warden");
    out.println("export AWS_REGION=us-east-1");
    out.println("export AWS_DEFAULT_REGION=us-east-1");
    endpoint.ifPresent(url -> out.println("export AWS_ENDPOINT_URL=" + quote(url)));
    out.flush();
    return 0;
  }

  /** The endpoint_url of the [profile warden] section. */
  static Optional<String> endpointOf(String configText) {
    boolean inProfile = false;
    for (String raw : configText.split("\n")) {
      String line = raw.trim();
      if (line.startsWith("[")) {
        inProfile = line.equals("[profile warden]");
      } else if (inProfile && line.startsWith("endpoint_url")) {
        int equals = line.indexOf('=');
        if (equals > 0) {
          return Optional.of(line.substring(equals + 1).trim());
        }
      }
    }
    return Optional.empty();
  }

  private static String quote(String value) {
    return "'" + value.replace("'", "'\\''") + "'";
  }
}
