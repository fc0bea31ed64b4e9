package dev.warden.insight.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.home.WardenHome;
import dev.warden.core.home.WardenHomeSettings;
import dev.warden.core.iam.UserRequests;
import dev.warden.core.model.User;
import dev.warden.core.secret.PasswordHasher;
import dev.warden.core.sts.IssuedSession;
import dev.warden.core.sts.SessionGrant;
import dev.warden.core.sts.SessionPrincipal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session token found next to its ASIA id is opened with the home's keys: a Warden session, whose, until when. */
class WardenSessionTokenReaderTest {
  static final Instant ISSUED = Instant.parse("2026-11-28T06:00:00Z");
  @TempDir Path dir;
  WardenHomeSettings settings;
  IssuedSession session;
  Path tree;

  @BeforeEach
  void issueASession() throws Exception {
    settings = WardenHomeSettings.defaults(dir.resolve("home")).withAccountId("123456789012")
        .withArgon2(new PasswordHasher.Argon2Settings(64, 1, 1)).withClock(Clock.fixed(ISSUED, ZoneOffset.UTC));
    try (WardenHome warden = WardenHome.open(settings)) {
      User user = warden.iam().users().createUser(new UserRequests.CreateUser("analyst", null, null, List.of()));
      session = warden.sessions().issue(SessionGrant.of("123456789012",
          new SessionPrincipal.IamUser(user.userId(), user.arn(), user.userName()), Duration.ofHours(1)));
    }
    tree = Files.createDirectories(dir.resolve("tree"));
    Files.writeString(tree.resolve("creds.ini"), String.join("\n", "[tmp]",
        "aws_access_key_id = " + session.accessKeyId(),
        "aws_secret_access_key = " + session.secretAccessKey().reveal(),
        "aws_session_token = " + session.sessionToken(), ""));
  }

  private ScanReport scanAt(Instant now) throws Exception {
    SessionTokenReader reader = WardenSessionTokenReader.forHome(settings, Clock.fixed(now, ZoneOffset.UTC)).orElseThrow();
    TreeScan scan = new TreeScanner(new CredentialDetector(reader), FileTriage.DEFAULT_MAX_FILE_BYTES, 2).scan(tree);
    return ScanReport.of(scan, KeyDirectory.none(), false, Duration.ZERO);
  }

  private static List<String> lines(ScanReport report) {
    return report.findings().stream()
        .map(f -> f.finding().kind() + " " + f.standing().describe() + " live=" + f.live()).toList();
  }

  @Test
  void aLiveWardenSessionIsNamedWithItsPrincipal() throws Exception {
    String until = "Warden session of arn:aws:iam::123456789012:user/analyst, valid until 2026-11-28T07:00:00Z live=true";
    assertThat(lines(scanAt(ISSUED.plusSeconds(60)))).containsExactly(
        "ACCESS_KEY_ID " + until, "SECRET_ACCESS_KEY " + until, "SESSION_TOKEN " + until);
  }

  @Test
  void anExpiredWardenSessionIsNotLive() throws Exception {
    String expired = "Warden session of arn:aws:iam::123456789012:user/analyst, expired 2026-11-28T07:00:00Z live=false";
    ScanReport report = scanAt(ISSUED.plus(Duration.ofHours(2)));
    assertThat(lines(report)).containsExactly(
        "ACCESS_KEY_ID " + expired, "SECRET_ACCESS_KEY " + expired, "SESSION_TOKEN " + expired);
    assertThat(report.liveCount()).isZero();
  }

  @Test
  void withoutTheHomesKeyItIsJustTemporary() throws Exception {
    TreeScan scan = TreeScanner.withDefaults().scan(tree);
    ScanReport report = ScanReport.of(scan, KeyDirectory.none(), false, Duration.ZERO);
    assertThat(lines(report)).first().isEqualTo("ACCESS_KEY_ID temporary (STS session) key live=true");
    assertThat(ScanJsonReport.render(report)).doesNotContain(session.sessionToken())
        .doesNotContain(session.secretAccessKey().reveal());
  }
}
