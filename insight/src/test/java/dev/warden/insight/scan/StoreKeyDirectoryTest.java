package dev.warden.insight.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.home.WardenHome;
import dev.warden.core.home.WardenHomeSettings;
import dev.warden.core.iam.AccessKeyRequests;
import dev.warden.core.iam.CreatedAccessKey;
import dev.warden.core.iam.UserRequests;
import dev.warden.core.model.AccessKeyLastUsed;
import dev.warden.core.secret.PasswordHasher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Found key ids looked up in a real SQLite Warden home: owner and status, nothing outside Warden. */
class StoreKeyDirectoryTest {
  @TempDir Path dir;

  @Test
  void reportsWardensOwnKeysWithOwnerAndStatus() throws Exception {
    Path home = dir.resolve("home");
    Path tree = Files.createDirectories(dir.resolve("tree"));
    String foreign = new FakeCredentials(3).keyId("AKIA");
    String temporary = new FakeCredentials(4).keyId("ASIA");
    try (WardenHome warden = WardenHome.open(WardenHomeSettings.defaults(home).withAccountId("123456789012")
        .withArgon2(new PasswordHasher.Argon2Settings(64, 1, 1)))) {
      warden.iam().users().createUser(new UserRequests.CreateUser("ci-bot", "/build/", null, List.of()));
      CreatedAccessKey active = warden.iam().accessKeys().createAccessKey("ci-bot");
      CreatedAccessKey retired = warden.iam().accessKeys().createAccessKey("ci-bot");
      warden.iam().accessKeys().updateAccessKey(new AccessKeyRequests.UpdateAccessKey(
          "ci-bot", retired.accessKey().accessKeyId(), "Inactive"));
      warden.store().write(tx -> {
        tx.accessKeys().recordUse(active.accessKey().accessKeyId(),
            new AccessKeyLastUsed(java.time.Instant.parse("2026-11-27T10:15:00Z"), "s3", "us-east-1"));
        return null;
      });
      Files.writeString(tree.resolve("ci.env"), String.join("\n",
          "AWS_ACCESS_KEY_ID=" + active.accessKey().accessKeyId(),
          "AWS_SECRET_ACCESS_KEY=" + active.secretAccessKey().reveal(),
          "OLD_KEY=" + retired.accessKey().accessKeyId(),
          "", "", "", "",
          "OTHER=" + foreign,
          "", "", "", "",
          "SESSION=" + temporary, ""));

      TreeScan scan = TreeScanner.withDefaults().scan(tree);
      ScanReport report = ScanReport.of(scan, new StoreKeyDirectory(warden.store()), false, Duration.ZERO);

      List<String> lines = report.findings().stream()
          .map(f -> f.location().line() + " " + f.finding().kind() + " " + f.standing().standing() + " "
              + f.standing().userArn() + " live=" + f.live())
          .toList();
      assertThat(lines).containsExactly(
          "1 ACCESS_KEY_ID ACTIVE arn:aws:iam::123456789012:user/build/ci-bot live=true",
          "2 SECRET_ACCESS_KEY ACTIVE arn:aws:iam::123456789012:user/build/ci-bot live=true",
          "3 ACCESS_KEY_ID INACTIVE arn:aws:iam::123456789012:user/build/ci-bot live=false",
          "8 ACCESS_KEY_ID UNKNOWN null live=true",
          "13 ACCESS_KEY_ID TEMPORARY null live=true");
      assertThat(report.findings().get(0).standing().userName()).isEqualTo("ci-bot");
      assertThat(report.findings().get(0).standing().describe()).isEqualTo(
          "Warden key of arn:aws:iam::123456789012:user/build/ci-bot, Active, last used 2026-11-27T10:15:00Z");
      assertThat(report.findings().get(2).standing().describe()).endsWith(", Inactive, never used");
      assertThat(ScanTextReport.render(report)).doesNotContain(active.secretAccessKey().reveal());
    }
  }
}
