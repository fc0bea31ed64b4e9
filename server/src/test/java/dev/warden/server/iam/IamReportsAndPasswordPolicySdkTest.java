package dev.warden.server.iam;

import static dev.warden.server.iam.IamErrorAssert.assertIamError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.server.testing.TestStore;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.iam.model.GenerateCredentialReportResponse;
import software.amazon.awssdk.services.iam.model.GetCredentialReportResponse;
import software.amazon.awssdk.services.iam.model.PasswordPolicy;
import software.amazon.awssdk.services.iam.model.ReportFormatType;
import software.amazon.awssdk.services.iam.model.ReportStateType;
import software.amazon.awssdk.services.iam.model.SummaryKeyType;

/** Credential report, account password policy and account summary end to end with the AWS SDK. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ParameterizedClass
@EnumSource(TestStore.class)
class IamReportsAndPasswordPolicySdkTest extends IamSdkTest {

    @Parameter
    TestStore store;

    @Test
    @Order(1)
    void reportIsNotPresentBeforeGeneration() {
        var error = assertIamError(() -> iam.getCredentialReport(), "ReportNotPresent", 410);
        assertThat(error.getClass().getSimpleName()).isEqualTo("CredentialReportNotPresentException");
    }

    @Test
    @Order(2)
    void generateThenGetTheCsv() {
        iam.createUser(r -> r.userName("csv-user"));
        iam.createLoginProfile(r -> r.userName("csv-user").password("Some-Password-1"));
        GenerateCredentialReportResponse started = iam.generateCredentialReport();
        assertThat(started.state()).isEqualTo(ReportStateType.STARTED);
        assertThat(started.description()).isNotBlank();
        assertThat(iam.generateCredentialReport().state()).isEqualTo(ReportStateType.COMPLETE);

        GetCredentialReportResponse report = iam.getCredentialReport();
        assertThat(report.reportFormat()).isEqualTo(ReportFormatType.TEXT_CSV);
        assertThat(report.generatedTime()).isNotNull();
        List<String> lines = report.content().asUtf8String().lines().toList();
        assertThat(lines.get(0)).startsWith("user,arn,user_creation_time,password_enabled,password_last_used,")
                .endsWith(",cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated");
        assertThat(lines.get(1)).startsWith("<root_account>,arn:aws:iam::123456789012:root,");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("admin,arn:aws:iam::123456789012:user/admin,")
                .contains(",false,N/A,N/A,N/A,false,true,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("csv-user,").contains(",true,no_information,"));
    }

    @Test
    @Order(3)
    void contentIsBase64OnTheWire() throws Exception {
        RawIamCall.Reply reply = RawIamCall.post(warden, Map.of("Action", "GetCredentialReport"));
        assertThat(reply.status()).isEqualTo(200);
        String csv = new String(Base64.getDecoder().decode(reply.text("Content")), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("user,arn,");
        assertThat(reply.text("ReportFormat")).isEqualTo("text/csv");
        assertThat(reply.text("GeneratedTime")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    }

    @Test
    @Order(4)
    void passwordPolicyIsEnforcedOnLoginProfiles() {
        assertIamError(() -> iam.getAccountPasswordPolicy(), "NoSuchEntity", 404);
        iam.updateAccountPasswordPolicy(r -> r.minimumPasswordLength(14).requireNumbers(true).requireSymbols(true)
                .maxPasswordAge(90));
        PasswordPolicy policy = iam.getAccountPasswordPolicy().passwordPolicy();
        assertThat(policy.minimumPasswordLength()).isEqualTo(14);
        assertThat(policy.requireNumbers()).isTrue();
        assertThat(policy.requireUppercaseCharacters()).isFalse();
        assertThat(policy.expirePasswords()).isTrue();
        assertThat(policy.maxPasswordAge()).isEqualTo(90);
        assertThat(policy.passwordReusePrevention()).isNull();

        iam.createUser(r -> r.userName("pat"));
        var violation = assertIamError(() -> iam.createLoginProfile(r -> r.userName("pat").password("short-1!")),
                "PasswordPolicyViolation", 400);
        assertThat(violation.awsErrorDetails().errorMessage())
                .isEqualTo("Password does not conform to the account password policy."
                        + " Password should have a minimum length of 14")
                .doesNotContain("short-1!");
        assertIamError(() -> iam.createLoginProfile(r -> r.userName("pat").password("long-enough-but-no-digit!")),
                "PasswordPolicyViolation", 400);
        iam.createLoginProfile(r -> r.userName("pat").password("long-enough-with-1-digit!"));
        assertIamError(() -> iam.updateLoginProfile(r -> r.userName("pat").password("nosymbols12345678")),
                "PasswordPolicyViolation", 400);
        iam.updateLoginProfile(r -> r.userName("pat").password("another-long-one-2!"));

        assertIamError(() -> iam.updateAccountPasswordPolicy(r -> r.minimumPasswordLength(5)), "ValidationError", 400);
        iam.deleteAccountPasswordPolicy();
        assertThat(assertIamError(() -> iam.deleteAccountPasswordPolicy(), "NoSuchEntity", 404)
                .awsErrorDetails().errorMessage()).isEqualTo("The account policy with name PasswordPolicy cannot be found.");
        iam.updateLoginProfile(r -> r.userName("pat").password("x"));
    }

    @Test
    @Order(5)
    void summaryCountsTheNewEntities() {
        iam.createInstanceProfile(r -> r.instanceProfileName("counted"));
        iam.createOpenIDConnectProvider(r -> r.url("https://counted.example.com"));
        Map<SummaryKeyType, Integer> summary = iam.getAccountSummary().summaryMap();
        assertThat(summary.get(SummaryKeyType.INSTANCE_PROFILES)).isEqualTo(1);
        assertThat(summary.get(SummaryKeyType.INSTANCE_PROFILES_QUOTA)).isEqualTo(1000);
        assertThat(summary.get(SummaryKeyType.PROVIDERS)).isEqualTo(1);
    }
}
