package dev.warden.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.warden.core.iam.CreatedAccessKey;
import dev.warden.core.iam.Iam;
import dev.warden.core.iam.InlinePolicyRequests;
import dev.warden.core.iam.InstanceProfileRequests;
import dev.warden.core.iam.RoleRequests;
import dev.warden.core.iam.UserRequests;
import dev.warden.core.model.Role;
import dev.warden.core.sts.IssuedSession;
import dev.warden.core.sts.SessionGrant;
import dev.warden.core.sts.SessionPrincipal;
import dev.warden.server.app.WardenApp;
import dev.warden.server.app.WardenAppSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code warden exec} against a Warden app in this JVM, with real children: the AWS CLI and boto3 find
 * the role's credentials through the container endpoint (or IMDS) with no key in their environment;
 * refusals end exec with a clear message and exit code 125. Children write what they saw into files.
 */
class ExecCommandTest {

  static final String ACCOUNT = "123456789012";
  static final String LAMBDA_TRUST = """
      {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},
       "Action":"sts:AssumeRole","Condition":{"StringEquals":{"aws:SourceAccount":"123456789012"}}}]}""";
  static final String ACCOUNT_TRUST = """
      {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},
       "Action":"sts:AssumeRole"}]}""";
  static final String EC2_TRUST = """
      {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},
       "Action":"sts:AssumeRole"}]}""";
  static final String DEV_POLICY = """
      {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["sts:AssumeRole","iam:PassRole"],"Resource":"*"}]}""";
  static final String NOPASS_POLICY = """
      {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*"}]}""";

  @TempDir static Path home;
  @TempDir Path work;

  static WardenApp app;
  static CreatedAccessKey dev;
  static CreatedAccessKey nopass;

  @BeforeAll
  static void start() {
    app = WardenApp.start(new WardenAppSettings(home, "127.0.0.1", 0, ACCOUNT, Clock.systemUTC()));
    Iam iam = app.home().iam();
    dev = user(iam, "dev", DEV_POLICY);
    nopass = user(iam, "nopass", NOPASS_POLICY);
    iam.roles().createRole(RoleRequests.CreateRole.of("fn", LAMBDA_TRUST));
    iam.roles().createRole(RoleRequests.CreateRole.of("app", ACCOUNT_TRUST));
    iam.inlinePolicies().putRolePolicy(new InlinePolicyRequests.PutPolicy("app", "p", DEV_POLICY));
    iam.roles().createRole(RoleRequests.CreateRole.of("ec2r", EC2_TRUST));
    iam.instanceProfiles().createInstanceProfile(InstanceProfileRequests.CreateInstanceProfile.named("ip"));
    iam.instanceProfiles().addRoleToInstanceProfile(new InstanceProfileRequests.RoleMembership("ip", "ec2r"));
    app.iamChanged();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static CreatedAccessKey user(Iam iam, String name, String policy) {
    iam.users().createUser(UserRequests.CreateUser.named(name));
    iam.inlinePolicies().putUserPolicy(new InlinePolicyRequests.PutPolicy(name, "p", policy));
    return iam.accessKeys().createAccessKey(name);
  }

  record Run(int exitCode, String err) {}

  /** The caller's environment: keys in variables, Warden's endpoint, and the usual PATH and HOME. */
  Map<String, String> callerEnvironment(CreatedAccessKey key) {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", System.getenv("PATH"));
    env.put("HOME", work.toString());
    env.put("AWS_ACCESS_KEY_ID", key.accessKey().accessKeyId());
    env.put("AWS_SECRET_ACCESS_KEY", key.secretAccessKey().reveal());
    env.put("AWS_ENDPOINT_URL", "http://127.0.0.1:" + app.port());
    env.put("AWS_REGION", "us-east-1");
    return env;
  }

  static Run exec(Map<String, String> env, String... args) {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new ExecCommand(env));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, err.toString());
  }

  static String[] args(List<String> options, String... command) {
    List<String> all = new ArrayList<>(options);
    all.add("--");
    all.addAll(List.of(command));
    return all.toArray(String[]::new);
  }

  static void assumeOnPath(String tool, String probe) throws Exception {
    Process check = new ProcessBuilder("sh", "-c", probe).redirectErrorStream(true).start();
    assumeThat(check.waitFor()).as(tool + " is installed (.ci/run has it)").isZero();
  }

  @Test
  void awsCliRunsAsTheLambdaSessionOfTheRole() throws Exception {
    assumeOnPath("aws", "aws --version");
    Path seen = work.resolve("arn");

    Run run = exec(callerEnvironment(dev), args(List.of("--role", "fn", "--as-service", "lambda", "--session-name",
        "my-fn"), "sh", "-c", "aws sts get-caller-identity --query Arn --output text > " + seen));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(seen).strip()).isEqualTo("arn:aws:sts::123456789012:assumed-role/fn/my-fn");
  }

  @Test
  void boto3RunsAsTheRoleAssumedByTheCallerWhenNoServiceIsNamed() throws Exception {
    assumeOnPath("boto3", "python3 -c 'import boto3'");
    Path seen = work.resolve("arn");
    String script = "import boto3; open('" + seen + "','w').write(boto3.client('sts').get_caller_identity()['Arn'])";

    Run run = exec(callerEnvironment(dev), args(List.of("--role", "arn:aws:iam::123456789012:role/app",
        "--session-name", "notebook"), "python3", "-c", script));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(seen)).isEqualTo("arn:aws:sts::123456789012:assumed-role/app/notebook");
  }

  @Test
  void awsCliReadsAnInstanceProfileThroughImds() throws Exception {
    assumeOnPath("aws", "aws --version");
    Path seen = work.resolve("arn");

    Run run = exec(callerEnvironment(dev), args(List.of("--instance-profile", "ip", "--session-name", "i-0abc"),
        "sh", "-c", "aws sts get-caller-identity --query Arn --output text > " + seen));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(seen).strip()).isEqualTo("arn:aws:sts::123456789012:assumed-role/ec2r/i-0abc");
  }

  @Test
  void aRoleSessionCallerSignsWithItsSessionToken() throws Exception {
    assumeOnPath("aws", "aws --version");
    Role role = app.home().iam().roles().getRole("app");
    IssuedSession session = app.home().sessions().issue(SessionGrant.of(ACCOUNT,
        new SessionPrincipal.AssumedRole(role.roleId(), role.arn(), "app", "me"), Duration.ofHours(1)));
    Map<String, String> env = callerEnvironment(dev);
    env.put("AWS_ACCESS_KEY_ID", session.accessKeyId());
    env.put("AWS_SECRET_ACCESS_KEY", session.secretAccessKey().reveal());
    env.put("AWS_SESSION_TOKEN", session.sessionToken());
    Path seen = work.resolve("arn");

    Run run = exec(env, args(List.of("--role", "fn", "--as-service", "lambda", "--session-name", "from-session"),
        "sh", "-c", "aws sts get-caller-identity --query Arn --output text > " + seen));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(seen).strip()).isEqualTo("arn:aws:sts::123456789012:assumed-role/fn/from-session");
  }

  @Test
  void theChildSeesNoKeyNoSecretAndNoProfile() throws Exception {
    Map<String, String> env = callerEnvironment(dev);
    String secret = dev.secretAccessKey().reveal();
    env.put("AWS_SECURITY_TOKEN", "caller-session-token-value");
    env.put("AWS_PROFILE", "warden");
    env.put("MY_COPY_OF_THE_SECRET", "x" + secret);
    env.put("WARDEN_MASTER_KEY", "master-key-material");
    Path dump = work.resolve("env");

    Run run = exec(env, args(List.of("--role", "app"), "sh", "-c",
        "env > " + dump + "; cat \"$AWS_CONFIG_FILE\" \"$AWS_SHARED_CREDENTIALS_FILE\" >> " + dump));

    assertThat(run.exitCode()).as(run.err()).isZero();
    String seen = Files.readString(dump);
    assertThat(seen).doesNotContain(dev.accessKey().accessKeyId()).doesNotContain(secret)
        .doesNotContain("caller-session-token-value").doesNotContain("master-key-material")
        .doesNotContain("AWS_ACCESS_KEY_ID=").doesNotContain("AWS_SECRET_ACCESS_KEY=")
        .doesNotContain("AWS_SECURITY_TOKEN=").doesNotContain("AWS_PROFILE=")
        .doesNotContain("aws_access_key_id").doesNotContain("aws_secret_access_key")
        .containsPattern("(?m)^AWS_CONTAINER_CREDENTIALS_FULL_URI=http://127\\.0\\.0\\.1:\\d+/_warden/workloads/wl-")
        .containsPattern("(?m)^AWS_CONTAINER_AUTHORIZATION_TOKEN=\\S+$")
        .contains("AWS_ENDPOINT_URL=http://127.0.0.1:" + app.port())
        .contains("AWS_REGION=us-east-1");
  }

  @Test
  void passesTheExitCodeThroughAndEndsTheWorkload() throws Exception {
    Path seen = work.resolve("uri");

    Run run = exec(callerEnvironment(dev), args(List.of("--role", "app"), "sh", "-c",
        "printf '%s\\n%s' \"$AWS_CONTAINER_CREDENTIALS_FULL_URI\" \"$AWS_CONTAINER_AUTHORIZATION_TOKEN\" > " + seen
            + "; exit 3"));

    assertThat(run.exitCode()).isEqualTo(3);
    List<String> lines = Files.readAllLines(seen);
    HttpResponse<String> after = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(lines.get(0)))
        .header("Authorization", lines.get(1)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(after.statusCode()).as("deregistered when the command ended").isEqualTo(403);
  }

  @Test
  void aTrustPolicyNotNamingTheServiceStopsExecWithTheFailedCheck() {
    Run run = exec(callerEnvironment(dev), args(List.of("--role", "app", "--as-service", "lambda"), "true"));

    assertThat(run.exitCode()).isEqualTo(ExecCommand.REFUSED);
    assertThat(run.err()).contains("Warden refused the workload: AccessDenied (HTTP 403): Check failed: trust policy."
        + " The trust policy of role arn:aws:iam::123456789012:role/app does not allow the service principal"
        + " lambda.amazonaws.com");
  }

  @Test
  void aMissingPassRoleStopsExecWithTheFailedCheck() {
    Run run = exec(callerEnvironment(nopass), args(List.of("--role", "fn", "--as-service", "lambda"), "true"));

    assertThat(run.exitCode()).isEqualTo(ExecCommand.REFUSED);
    assertThat(run.err()).contains("Check failed: iam:PassRole.").contains("user/nopass");
  }

  @Test
  void aCommandThatCannotStartExitsWith127() {
    Run run = exec(callerEnvironment(dev), args(List.of("--role", "app"), "/nonexistent/command"));

    assertThat(run.exitCode()).isEqualTo(ExecCommand.NOT_STARTED);
    assertThat(run.err()).contains("cannot run /nonexistent/command");
  }

  @Test
  void findsTheCallerInTheWardenProfile() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", System.getenv("PATH"));
    env.put("HOME", work.toString());
    env.put("AWS_PROFILE", "warden");
    env.put("AWS_CONFIG_FILE", app.home().home().resolve("aws/config").toString());
    env.put("AWS_SHARED_CREDENTIALS_FILE", app.home().credentialsFile().toString());

    Run run = exec(env, args(List.of("--role", "app"), "true"));

    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @Test
  void withoutCredentialsSaysWhatIsMissing() {
    Run run = exec(Map.of("HOME", work.toString(), "AWS_ENDPOINT_URL", "http://127.0.0.1:1"),
        args(List.of("--role", "app"), "true"));

    assertThat(run.exitCode()).isEqualTo(ExecCommand.REFUSED);
    assertThat(run.err()).contains("no AWS credentials found");
  }
}
