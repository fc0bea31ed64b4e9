package dev.warden.core.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.core.iam.AccessKeyCredential;
import dev.warden.core.iam.AccessKeyRequests;
import dev.warden.core.iam.ListOptions;
import dev.warden.core.iam.UserRequests;
import dev.warden.core.model.AttachedPolicy;
import dev.warden.core.secret.MasterKey;
import dev.warden.core.secret.PasswordHasher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WardenHomeTest {
    private static final PasswordHasher.Argon2Settings FAST = new PasswordHasher.Argon2Settings(64, 1, 1);

    @TempDir
    Path tmp;

    private WardenHomeSettings settings(Path home) {
        return WardenHomeSettings.defaults(home).withPort(18080).withArgon2(FAST);
    }

    @Test
    void homeResolvesOptionThenEnvironmentThenDefault() {
        assertThat(WardenHomeSettings.resolveHome("/opt/w", Map.of("WARDEN_HOME", "/env/w"))).isEqualTo(Path.of("/opt/w"));
        assertThat(WardenHomeSettings.resolveHome(null, Map.of("WARDEN_HOME", "/env/w"))).isEqualTo(Path.of("/env/w"));
        assertThat(WardenHomeSettings.resolveHome("", Map.of())).isEqualTo(Path.of(".warden"));
    }

    @Test
    void operatorMasterKeyComesFromEnvironment() {
        MasterKey key = MasterKey.generate(new SecureRandom());
        String b64 = java.util.Base64.getEncoder().encodeToString(key.bytes());
        WardenHomeSettings s = WardenHomeSettings.fromEnvironment(null, Map.of("WARDEN_MASTER_KEY", b64));
        assertThat(s.operatorMasterKey()).isEqualTo(key);
        assertThat(s.toString()).doesNotContain(b64);
    }

    @Test
    void firstStartCreatesPrivateFilesAccountAndAdministrator() throws Exception {
        Path home = tmp.resolve("nested/home");
        try (WardenHome w = WardenHome.open(settings(home).withAccountId("111122223333"))) {
            assertThat(w.isFirstStart()).isTrue();
            assertThat(w.accountId()).isEqualTo("111122223333");
            assertThat(mode(home)).isEqualTo("rwx------");
            assertThat(mode(home.resolve("master.key"))).isEqualTo("rw-------");
            assertThat(mode(w.credentialsFile())).isEqualTo("rw-------");
            assertThat(mode(home.resolve("aws"))).isEqualTo("rwx------");

            String credentials = Files.readString(w.credentialsFile());
            Matcher m = Pattern.compile("\\[warden]\naws_access_key_id = (AKIA[A-Z2-7]{16})\n"
                    + "aws_secret_access_key = ([A-Za-z0-9+/]{40})\n").matcher(credentials);
            assertThat(m.matches()).as(credentials.replaceAll("secret_access_key = .*", "…")).isTrue();
            assertThat(Files.readString(w.configFile()))
                    .isEqualTo("[profile warden]\nregion = us-east-1\nendpoint_url = http://127.0.0.1:18080\n"
                            + "s3 =\n    signature_version = s3v4\n");

            AccessKeyCredential admin = w.iam().accessKeys().findCredential(m.group(1)).orElseThrow();
            assertThat(admin.user().userName()).isEqualTo("admin");
            assertThat(admin.isActive()).isTrue();
            assertThat(admin.secretAccessKey().reveal()).isEqualTo(m.group(2));
            List<AttachedPolicy> attached = w.iam().attachments().listAttachedUserPolicies("admin", ListOptions.all()).items();
            assertThat(attached).containsExactly(new AttachedPolicy("arn:aws:iam::aws:policy/AdministratorAccess",
                    "AdministratorAccess"));
        }
    }

    @Test
    void secondStartKeepsAccountKeyAndCredentials() throws Exception {
        Path home = tmp.resolve("home");
        String account;
        String credentials;
        try (WardenHome w = WardenHome.open(settings(home))) {
            account = w.accountId();
            credentials = Files.readString(w.credentialsFile());
        }
        assertThat(account).matches("[1-9][0-9]{11}");
        try (WardenHome w = WardenHome.open(settings(home).withPort(9999))) {
            assertThat(w.isFirstStart()).isFalse();
            assertThat(w.accountId()).isEqualTo(account);
            assertThat(Files.readString(w.credentialsFile())).isEqualTo(credentials);
            // Opening an existing home leaves the profile's endpoint alone: only the server, which knows
            // the port it bound, rewrites it (other commands open the home while a server runs).
            assertThat(Files.readString(w.configFile())).doesNotContain("9999");
            assertThat(w.iam().accessKeys().listAccessKeys("admin", ListOptions.all()).items()).hasSize(1);
        }
        assertThatThrownBy(() -> WardenHome.open(settings(home).withAccountId("999988887777")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(account);
    }

    @Test
    void operatorKeyIsNotWrittenAndAWrongKeyIsRefusedAtOpen() {
        Path home = tmp.resolve("home");
        MasterKey operator = MasterKey.generate(new SecureRandom());
        String keyId;
        try (WardenHome w = WardenHome.open(settings(home).withOperatorMasterKey(operator))) {
            keyId = w.iam().accessKeys().listAccessKeys("admin", ListOptions.all()).items().get(0).accessKeyId();
        }
        assertThat(home.resolve("master.key")).doesNotExist();
        assertThatThrownBy(() -> WardenHome.open(settings(home).withOperatorMasterKey(MasterKey.generate(new SecureRandom()))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the master key does not decrypt the secrets stored in " + home.toAbsolutePath())
                .hasMessageContaining("WARDEN_MASTER_KEY");
        try (WardenHome w = WardenHome.open(settings(home).withOperatorMasterKey(operator))) {
            assertThat(w.iam().accessKeys().findCredential(keyId)).isPresent();
        }
    }

    @Test
    void theMasterKeyCheckFindsAKeyOfAnyUserWhenTheAdministratorHasNone() {
        Path home = tmp.resolve("home");
        MasterKey operator = MasterKey.generate(new SecureRandom());
        try (WardenHome w = WardenHome.open(settings(home).withOperatorMasterKey(operator))) {
            String adminKey = w.iam().accessKeys().listAccessKeys("admin", ListOptions.all()).items().get(0).accessKeyId();
            w.iam().accessKeys().deleteAccessKey(new AccessKeyRequests.DeleteAccessKey("admin", adminKey));
            w.iam().users().createUser(UserRequests.CreateUser.named("zed"));
            w.iam().accessKeys().createAccessKey("zed");
        }
        assertThatThrownBy(() -> WardenHome.open(settings(home).withOperatorMasterKey(MasterKey.generate(new SecureRandom()))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("master key does not decrypt");
    }

    @Test
    void deletedCredentialsFileIsNotSilentlyReplacedWithANewKey() throws Exception {
        Path home = tmp.resolve("home");
        try (WardenHome w = WardenHome.open(settings(home))) {
            Files.delete(w.credentialsFile());
        }
        try (WardenHome w = WardenHome.open(settings(home))) {
            assertThat(w.credentialsFile()).doesNotExist();
            assertThat(w.iam().accessKeys().listAccessKeys("admin", ListOptions.all()).items()).hasSize(1);
        }
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
