package dev.warden.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.warden.core.iam.CreatedAccessKey;
import dev.warden.core.iam.Iam;
import dev.warden.core.iam.InlinePolicyRequests;
import dev.warden.core.iam.InstanceProfileRequests;
import dev.warden.core.iam.RoleRequests;
import dev.warden.core.iam.UserRequests;
import dev.warden.server.app.WardenApp;
import dev.warden.server.app.WardenAppSettings;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code warden workload} as a user runs it: its own JVM, the caller's keys in its environment; the
 * printed lines, pasted into a shell that has no key, let the AWS CLI work as the instance profile's
 * role; ending the command (SIGTERM, as Ctrl-C's shutdown) ends the registration.
 */
class WorkloadCommandTest {

  static final String ACCOUNT = "123456789012";
  static final String EC2_TRUST = """
      {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},
       "Action":"sts:AssumeRole"}]}""";
  static final String DEV_POLICY = """
      {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["sts:AssumeRole","iam:PassRole"],"Resource":"*"}]}""";
  static final Pattern EXPORT = Pattern.compile("^export ([A-Z0-9_]+)='(.*)'$");

  @TempDir static Path home;
  @TempDir Path work;

  static WardenApp app;
  static CreatedAccessKey dev;

  @BeforeAll
  static void start() {
    app = WardenApp.start(new WardenAppSettings(home, "127.0.0.1", 0, ACCOUNT, Clock.systemUTC()));
    Iam iam = app.home().iam();
    iam.users().createUser(UserRequests.CreateUser.named("dev"));
    iam.inlinePolicies().putUserPolicy(new InlinePolicyRequests.PutPolicy("dev", "p", DEV_POLICY));
    dev = iam.accessKeys().createAccessKey("dev");
    iam.roles().createRole(RoleRequests.CreateRole.of("ec2r", EC2_TRUST));
    iam.instanceProfiles().createInstanceProfile(InstanceProfileRequests.CreateInstanceProfile.named("ip"));
    iam.instanceProfiles().addRoleToInstanceProfile(new InstanceProfileRequests.RoleMembership("ip", "ec2r"));
    app.iamChanged();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void itsLinesGiveAKeylessShellTheRoleUntilTheCommandEnds() throws Exception {
    assumeShell("aws --version");
    Map<String, String> callerEnv = new HashMap<>();
    callerEnv.put("PATH", System.getenv("PATH"));
    callerEnv.put("HOME", work.toString());
    callerEnv.put("AWS_ACCESS_KEY_ID", dev.accessKey().accessKeyId());
    callerEnv.put("AWS_SECRET_ACCESS_KEY", dev.secretAccessKey().reveal());
    callerEnv.put("AWS_ENDPOINT_URL", "http://127.0.0.1:" + app.port());
    callerEnv.put("AWS_REGION", "us-east-1");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        "dev.warden.cli.Main", "workload", "--instance-profile", "ip")
        .redirectError(work.resolve("workload.err").toFile());
    builder.environment().clear();
    builder.environment().putAll(callerEnv);
    Process workload = builder.start();
    try {
      List<String> lines = readUntilExports(workload);
      String printed = String.join("\n", lines);
      assertThat(printed).doesNotContain(dev.accessKey().accessKeyId())
          .doesNotContain(dev.secretAccessKey().reveal())
          .contains("unset ").contains("AWS_ACCESS_KEY_ID").contains("AWS_SECRET_ACCESS_KEY");

      Map<String, String> shell = new HashMap<>();
      shell.put("PATH", System.getenv("PATH"));
      shell.put("HOME", work.toString());
      for (String line : lines) {
        Matcher export = EXPORT.matcher(line);
        if (export.matches()) {
          shell.put(export.group(1), export.group(2).replace("'\\''", "'"));
        }
      }
      assertThat(shell).containsKey("AWS_EC2_METADATA_SERVICE_ENDPOINT")
          .doesNotContainKeys("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN");
      // IMDS at the root of its own loopback port: the JavaScript SDK drops an endpoint's path (ImdsRelay).
      URI imds = URI.create(shell.get("AWS_EC2_METADATA_SERVICE_ENDPOINT"));
      assertThat(imds.getHost()).isEqualTo("127.0.0.1");
      assertThat(imds.getPath()).isEqualTo("/");
      assertThat(imds.getPort()).isNotEqualTo(app.port());

      Shell whoAmI = run(shell, "aws sts get-caller-identity --query Arn --output text");
      assertThat(whoAmI.exitCode()).as(whoAmI.output()).isZero();
      assertThat(whoAmI.output().strip()).startsWith("arn:aws:sts::123456789012:assumed-role/ec2r/");

      workload.destroy(); // SIGTERM: the shutdown hook deregisters, as on Ctrl-C
      assertThat(workload.waitFor(60, TimeUnit.SECONDS)).as("the workload command ends").isTrue();

      Shell after = run(shell, "aws sts get-caller-identity --query Arn --output text");
      assertThat(after.exitCode()).as("no credentials once the workload ended: " + after.output()).isNotZero();
      assertThat(after.output()).contains("Unable to locate credentials");
    } finally {
      workload.destroyForcibly();
    }
  }

  /** The command's standard output up to its last export line (it then waits for Ctrl-C). */
  private static List<String> readUntilExports(Process workload) throws Exception {
    List<String> lines = new ArrayList<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(workload.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = out.readLine()) != null) {
          synchronized (lines) {
            lines.add(line);
            lines.notifyAll();
          }
        }
      } catch (java.io.IOException e) {
        // the process ended; the assertions below say what was missing
      }
    });
    reader.setDaemon(true);
    reader.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); // hang guard
    synchronized (lines) {
      // AWS_DEFAULT_REGION is the last line ChildEnvironment sets.
      while (lines.stream().noneMatch(l -> l.startsWith("export AWS_DEFAULT_REGION="))
          && System.nanoTime() < deadline && workload.isAlive()) {
        lines.wait(200);
      }
      return new ArrayList<>(lines);
    }
  }

  record Shell(int exitCode, String output) {}

  private Shell run(Map<String, String> env, String command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().putAll(env);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Shell(process.exitValue(), output);
  }

  private static void assumeShell(String probe) throws Exception {
    Process check = new ProcessBuilder("sh", "-c", probe).redirectErrorStream(true).start();
    assumeThat(check.waitFor()).as(probe + " works (.ci/run installs the AWS CLI)").isZero();
  }
}
