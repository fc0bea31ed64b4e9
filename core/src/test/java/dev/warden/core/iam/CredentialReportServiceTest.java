package dev.warden.core.iam;

import static dev.warden.core.iam.IamAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.iam.CredentialReportService.Generation;
import dev.warden.core.model.AccessKeyLastUsed;
import dev.warden.core.secret.Password;
import dev.warden.core.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialReportServiceTest {
    @TempDir
    Path dir;

    private MutableClock clock;
    private IamFixture fx;
    private CredentialReportService reports;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(IamFixture.NOW);
        fx = new IamFixture(dir, clock);
        reports = fx.iam.credentialReports();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void notPresentUntilGeneratedThenReusedForFourHours() {
        failsWith(IamErrorCode.REPORT_NOT_PRESENT, reports::getCredentialReport);
        assertThat(reports.generateCredentialReport()).isEqualTo(new Generation(Generation.State.STARTED,
                "No report exists. Starting a new report generation task"));
        var first = reports.getCredentialReport();
        assertThat(first.generatedAt()).isEqualTo(IamFixture.NOW);

        fx.iam.users().createUser(UserRequests.CreateUser.named("late"));
        clock.advance(Duration.ofHours(3));
        assertThat(reports.generateCredentialReport().state()).isEqualTo(Generation.State.COMPLETE);
        assertThat(reports.getCredentialReport().csv()).isEqualTo(first.csv()).doesNotContain("late");

        clock.advance(Duration.ofHours(1));
        assertThat(reports.generateCredentialReport().state()).isEqualTo(Generation.State.STARTED);
        assertThat(reports.getCredentialReport().csv()).contains("\nlate,");
        assertThat(reports.getCredentialReport().generatedAt()).isEqualTo(IamFixture.NOW.plus(Duration.ofHours(4)));
    }

    @Test
    void inProgressWhileBeingBuiltAndRestartedWhenAbandoned() {
        assertThat(reports.begin()).isEmpty();
        failsWith(IamErrorCode.REPORT_IN_PROGRESS, reports::getCredentialReport);
        assertThat(reports.generateCredentialReport().state()).isEqualTo(Generation.State.INPROGRESS);
        assertThat(reports.begin()).map(Generation::state).contains(Generation.State.INPROGRESS);

        clock.advance(Duration.ofMinutes(6));
        assertThat(reports.generateCredentialReport().state()).isEqualTo(Generation.State.STARTED);
        assertThat(reports.getCredentialReport().isComplete()).isTrue();
    }

    @Test
    void columnsAndRowsAsAwsWritesThem() {
        fx.iam.users().createUser(new UserRequests.CreateUser("bob", "/ops,team/", null, null));
        fx.iam.users().createUser(UserRequests.CreateUser.named("alice"));
        fx.iam.loginProfiles().createLoginProfile(new LoginProfileRequests.CreateLoginProfile("alice",
                Password.of("pw"), false));
        var k1 = fx.iam.accessKeys().createAccessKey("alice");
        clock.advance(Duration.ofSeconds(1));
        var k2 = fx.iam.accessKeys().createAccessKey("alice");
        fx.iam.accessKeys().updateAccessKey(new AccessKeyRequests.UpdateAccessKey("alice",
                k2.accessKey().accessKeyId(), "Inactive"));
        fx.store.write(tx -> {
            tx.accessKeys().recordUse(k1.accessKey().accessKeyId(),
                    new AccessKeyLastUsed(IamFixture.NOW.plusSeconds(30), "iam", "us-east-1"));
            return null;
        });
        fx.iam.passwordPolicy().updateAccountPasswordPolicy(new PasswordPolicyRequests(null, null, null, null, null,
                null, 90, null, null));
        clock.advance(Duration.ofDays(1));
        fx.iam.loginProfiles().updateLoginProfile(new LoginProfileRequests.UpdateLoginProfile("alice",
                Password.of("second-pw"), null));

        reports.generateCredentialReport();
        List<String> lines = reports.getCredentialReport().csv().lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", CredentialReportCsv.COLUMNS));
        assertThat(lines).hasSize(4);
        Map<String, String> root = row(lines, 1);
        assertThat(root).containsEntry("user", "<root_account>").containsEntry("arn", "arn:aws:iam::123456789012:root")
                .containsEntry("user_creation_time", "2026-01-02T03:04:05+00:00")
                .containsEntry("password_enabled", "not_supported").containsEntry("mfa_active", "false")
                .containsEntry("access_key_1_active", "false").containsEntry("cert_2_last_rotated", "N/A");

        Map<String, String> alice = row(lines, 2);
        assertThat(alice).containsEntry("user", "alice").containsEntry("password_enabled", "true")
                .containsEntry("password_last_used", "no_information")
                .containsEntry("password_last_changed", "2026-01-03T03:04:06+00:00")
                .containsEntry("password_next_rotation", "2026-04-03T03:04:06+00:00")
                .containsEntry("access_key_1_active", "true")
                .containsEntry("access_key_1_last_rotated", "2026-01-02T03:04:05+00:00")
                .containsEntry("access_key_1_last_used_date", "2026-01-02T03:04:35+00:00")
                .containsEntry("access_key_1_last_used_region", "us-east-1")
                .containsEntry("access_key_1_last_used_service", "iam")
                .containsEntry("access_key_2_active", "false")
                .containsEntry("access_key_2_last_rotated", "2026-01-02T03:04:06+00:00")
                .containsEntry("access_key_2_last_used_date", "N/A");

        assertThat(lines.get(3)).startsWith("bob,\"arn:aws:iam::123456789012:user/ops,team/bob\",");
        assertThat(lines.get(3)).endsWith(",false,N/A,N/A,N/A,false,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,"
                + "false,N/A,false,N/A");
    }

    /** A data row as column → value; only for rows without quoted commas. */
    private static Map<String, String> row(List<String> lines, int index) {
        List<String> values = Arrays.asList(lines.get(index).split(",", -1));
        assertThat(values).hasSize(CredentialReportCsv.COLUMNS.size());
        return CredentialReportCsv.COLUMNS.stream().collect(Collectors.toMap(Function.identity(),
                c -> values.get(CredentialReportCsv.COLUMNS.indexOf(c))));
    }
}
