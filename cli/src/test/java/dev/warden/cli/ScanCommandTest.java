package dev.warden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.core.home.WardenHome;
import dev.warden.core.home.WardenHomeSettings;
import dev.warden.core.iam.AccessKeyRequests;
import dev.warden.core.iam.CreatedAccessKey;
import dev.warden.core.iam.UserRequests;
import dev.warden.core.model.User;
import dev.warden.core.secret.PasswordHasher;
import dev.warden.core.sts.IssuedSession;
import dev.warden.core.sts.SessionGrant;
import dev.warden.core.sts.SessionPrincipal;
import java.time.Duration;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code warden scan} end to end against a real SQLite Warden home. */
class ScanCommandTest {
  @TempDir Path dir;
  Path home;
  Path tree;
  String activeId;
  String activeSecret;
  String inactiveId;

  record Run(int exit, String out, String err) {}

  @BeforeEach
  void homeWithKeys() throws Exception {
    home = dir.resolve("home");
    tree = Files.createDirectories(dir.resolve("tree"));
    try (WardenHome warden = WardenHome.open(WardenHomeSettings.defaults(home).withAccountId("123456789012")
        .withArgon2(new PasswordHasher.Argon2Settings(64, 1, 1)))) {
      warden.iam().users().createUser(new UserRequests.CreateUser("deployer", null, null, List.of()));
      CreatedAccessKey active = warden.iam().accessKeys().createAccessKey("deployer");
      CreatedAccessKey inactive = warden.iam().accessKeys().createAccessKey("deployer");
      warden.iam().accessKeys().updateAccessKey(
          new AccessKeyRequests.UpdateAccessKey("deployer", inactive.accessKey().accessKeyId(), "Inactive"));
      activeId = active.accessKey().accessKeyId();
      activeSecret = active.secretAccessKey().reveal();
      inactiveId = inactive.accessKey().accessKeyId();
    }
  }

  private Run run(String... args) {
    CommandLine cli = new CommandLine(new ScanCommand(Map.of()));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  private static String foreignKeyId() {
    String base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    Random random = new Random(99);
    StringBuilder id = new StringBuilder("AKIA");
    for (int i = 0; i < 16; i++) {
      id.append(base32.charAt(random.nextInt(32)));
    }
    return id.toString();
  }

  @Test
  void reportsWardensActiveKeyWithItsOwnerAndFailsTheBuild() throws Exception {
    Files.writeString(tree.resolve("deploy.sh"), "#!/bin/sh\nexport AWS_ACCESS_KEY_ID=" + activeId
        + "\nexport AWS_SECRET_ACCESS_KEY=" + activeSecret + "\n");

    Run run = run(tree.toString(), "--home", home.toString(), "--fail");

    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains("LIVE", activeId, "Warden key of arn:aws:iam::123456789012:user/deployer, Active")
        .contains("deploy.sh:2:", "deploy.sh:3:", activeSecret.substring(0, 4) + "****")
        .contains("2 findings (2 live)")
        .doesNotContain(activeSecret);
  }

  @Test
  void anInactiveWardenKeyIsReportedButDoesNotFail() throws Exception {
    Files.writeString(tree.resolve("old.env"), "AWS_ACCESS_KEY_ID=" + inactiveId + "\n");

    Run run = run(tree.toString(), "--home", home.toString(), "--fail");

    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("inactive", inactiveId, "user/deployer, Inactive", "1 finding (0 live)");
  }

  @Test
  void anUnknownKeyIsLiveAndExamplesAreNot() throws Exception {
    Files.writeString(tree.resolve("a.env"), "AWS_ACCESS_KEY_ID=" + foreignKeyId() + "\n");
    Files.writeString(tree.resolve("doc.md"), "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n");

    Run failing = run(tree.toString(), "--home", home.toString(), "--fail");
    Files.delete(tree.resolve("a.env"));
    Run examplesOnly = run(tree.toString(), "--home", home.toString(), "--fail", "--include-examples");

    assertThat(failing.exit()).isEqualTo(1);
    assertThat(failing.out()).contains("not a Warden key", "1 documentation example or test fixture");
    assertThat(examplesOnly.exit()).isZero();
    assertThat(examplesOnly.out()).contains("example", "AKIAIOSFODNN7EXAMPLE", "AWS documentation example");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--json", "--sarif", "--text"})
  void noFormatShowsTheSecret(String format) throws Exception {
    Files.writeString(tree.resolve("app.py"), "aws_access_key_id = '" + activeId + "'\naws_secret_access_key = '"
        + activeSecret + "'\n");

    Run run = format.equals("--text") ? run(tree.toString(), "--home", home.toString())
        : run(tree.toString(), "--home", home.toString(), format);

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out() + run.err()).doesNotContain(activeSecret).contains(activeId);
    if (!format.equals("--text")) {
      JsonNode parsed = new ObjectMapper().readTree(run.out());
      assertThat(parsed.toString()).contains("deployer");
    }
  }

  @Test
  void withoutAHomeKeysAreNotCheckedAndThatIsSaid() throws Exception {
    Files.writeString(tree.resolve("a.env"), "AWS_ACCESS_KEY_ID=" + activeId + "\n");

    Run run = run(tree.toString(), "--home", dir.resolve("nowhere").toString(), "--json");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).contains("no Warden home");
    assertThat(new ObjectMapper().readTree(run.out()).path("findings").get(0).path("warden").path("status").asText())
        .isEqualTo("NOT_CHECKED");
    assertThat(Files.exists(dir.resolve("nowhere"))).isFalse();
  }

  @Test
  void badInputIsAClearErrorNotAStackTrace() {
    Run missing = run(dir.resolve("missing").toString());
    Run both = run(tree.toString(), "--json", "--sarif");
    Run badDb = run(tree.toString(), "--db", "mysql://x");

    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file or folder").doesNotContain("Exception");
    assertThat(both.exit()).isEqualTo(2);
    assertThat(badDb.exit()).isEqualTo(2);
    assertThat(badDb.err()).contains("PostgreSQL JDBC URL").doesNotContain("\tat ");
  }

  @Test
  void severalPathsArePrefixed() throws Exception {
    Path other = Files.createDirectories(dir.resolve("other"));
    Files.writeString(other.resolve("k.env"), "AWS_ACCESS_KEY_ID=" + activeId + "\n");
    Files.writeString(tree.resolve("k.env"), "AWS_ACCESS_KEY_ID=" + inactiveId + "\n");

    Run run = run(tree.toString(), other.toString(), "--home", home.toString(), "--no-git");

    assertThat(run.out()).contains(tree + "/k.env:1:19", other + "/k.env:1:19");
  }

  @Test
  void excludedPathsAreLeftOut() throws Exception {
    Files.createDirectories(tree.resolve("target/reports"));
    Files.writeString(tree.resolve("target/reports/out.txt"), "AWS_ACCESS_KEY_ID=" + activeId + "\n");
    Files.writeString(tree.resolve("debug.log"), "AWS_ACCESS_KEY_ID=" + activeId + "\n");
    Files.writeString(tree.resolve("kept.env"), "AWS_ACCESS_KEY_ID=" + inactiveId + "\n");

    Run run = run(tree.toString(), "--home", home.toString(), "--exclude", "target", "--exclude", "*.log");

    assertThat(run.out()).contains("kept.env").doesNotContain("out.txt").doesNotContain("debug.log")
        .contains("1 finding");
  }

  @Test
  void aWardenSessionTokenIsOpenedWithTheHomesKey() throws Exception {
    IssuedSession session;
    try (WardenHome warden = WardenHome.open(WardenHomeSettings.defaults(home))) {
      User user = warden.iam().users().getUser("deployer");
      session = warden.sessions().issue(SessionGrant.of("123456789012",
          new SessionPrincipal.IamUser(user.userId(), user.arn(), user.userName()), Duration.ofHours(1)));
    }
    Files.writeString(tree.resolve("session.env"), "AWS_ACCESS_KEY_ID=" + session.accessKeyId()
        + "\nAWS_SESSION_TOKEN=" + session.sessionToken() + "\n");

    Run run = run(tree.toString(), "--home", home.toString());

    assertThat(run.out()).contains("Warden session of arn:aws:iam::123456789012:user/deployer, valid until")
        .doesNotContain(session.sessionToken());
  }

  private void git(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-C", tree.toString(), "-c", "user.name=t",
        "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor()).as(out).isZero();
  }

  @Test
  void aKeyRemovedFromTheFilesIsStillFoundInGitHistoryByDefault() throws Exception {
    git("init", "-q", "-b", "main");
    Files.writeString(tree.resolve("ci.env"), "AWS_ACCESS_KEY_ID=" + activeId + "\n");
    Files.writeString(tree.resolve("kept.env"), "AWS_ACCESS_KEY_ID=" + inactiveId + "\n");
    git("add", "-A");
    git("commit", "-q", "-m", "add");
    Files.writeString(tree.resolve("ci.env"), "AWS_ACCESS_KEY_ID=${FROM_VAULT}\n");
    git("commit", "-q", "-am", "remove");

    Run withHistory = run(tree.toString(), "--home", home.toString(), "--fail");
    Run filesOnly = run(tree.toString(), "--home", home.toString(), "--fail", "--no-git");

    assertThat(withHistory.exit()).isEqualTo(1);
    assertThat(withHistory.out()).contains("ci.env:1:19 in commit", activeId, "2 findings (1 live)")
        .containsOnlyOnce(inactiveId);
    assertThat(filesOnly.exit()).isZero();
    assertThat(filesOnly.out()).doesNotContain(activeId).contains("1 finding (0 live)");
  }
}
