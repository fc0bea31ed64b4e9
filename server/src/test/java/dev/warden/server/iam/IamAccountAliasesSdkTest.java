package dev.warden.server.iam;

import static dev.warden.server.iam.IamErrorAssert.assertIamError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.warden.server.testing.TestStore;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.iam.model.ListAccountAliasesResponse;

/** Create/Delete/ListAccountAliases with the AWS SDK, and list-account-aliases with the AWS CLI. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ParameterizedClass
@EnumSource(TestStore.class)
class IamAccountAliasesSdkTest extends IamSdkTest {

    @Parameter
    TestStore store;

    @Test
    @Order(1)
    void aNewAccountHasNoAlias() {
        ListAccountAliasesResponse response = iam.listAccountAliases();
        assertThat(response.accountAliases()).isEmpty();
        assertThat(response.isTruncated()).isFalse();
    }

    @Test
    @Order(2)
    void createReplacesDeleteNeedsTheCurrentName() {
        iam.createAccountAlias(r -> r.accountAlias("example-corp"));
        assertThat(iam.listAccountAliases().accountAliases()).containsExactly("example-corp");

        assertIamError(() -> iam.createAccountAlias(r -> r.accountAlias("example-corp")), "EntityAlreadyExists", 409);
        iam.createAccountAlias(r -> r.accountAlias("example-corp-prod"));
        assertThat(iam.listAccountAliases(r -> r.maxItems(1)).accountAliases()).containsExactly("example-corp-prod");

        assertIamError(() -> iam.deleteAccountAlias(r -> r.accountAlias("example-corp")), "NoSuchEntity", 404);
        iam.deleteAccountAlias(r -> r.accountAlias("example-corp-prod"));
        assertThat(iam.listAccountAliases().accountAliases()).isEmpty();
    }

    @Test
    @Order(3)
    void badNamesAreValidationErrorsNamingThePattern() {
        var error = assertIamError(() -> iam.createAccountAlias(r -> r.accountAlias("Bad--Name")), "ValidationError", 400);
        assertThat(error.awsErrorDetails().errorMessage()).contains("accountAlias")
                .contains("^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$");
        assertIamError(() -> iam.createAccountAlias(r -> r.accountAlias("ab")), "ValidationError", 400);
    }

    @Test
    @Order(4)
    void theWireShapeIsAListOfMembers() throws Exception {
        iam.createAccountAlias(r -> r.accountAlias("wire-shape"));
        RawIamCall.Reply reply = RawIamCall.post(warden, Map.of("Action", "ListAccountAliases"));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.raw()).contains("<AccountAliases><member>wire-shape</member></AccountAliases>")
                .contains("<IsTruncated>false</IsTruncated>");
    }

    @Test
    @Order(5)
    void theAwsCliListsTheAlias() throws Exception {
        assumeTrue(awsOnPath(), "the AWS CLI is not installed");
        Path home = Files.createTempDirectory("warden-cli-home");
        List<String> command = new ArrayList<>(List.of("aws", "--endpoint-url", "http://127.0.0.1:" + warden.port(),
                "--region", "us-east-1", "--output", "json", "iam", "list-account-aliases"));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_"));
        env.put("HOME", home.toString());
        env.put("AWS_ACCESS_KEY_ID", warden.adminCredentials().accessKeyId());
        env.put("AWS_SECRET_ACCESS_KEY", warden.adminCredentials().secretAccessKey());
        env.put("AWS_CONFIG_FILE", home.resolve("config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
        env.put("AWS_MAX_ATTEMPTS", "1");
        File out = home.resolve("out").toFile();
        File err = home.resolve("err").toFile();
        Process process = pb.redirectOutput(out).redirectError(err).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("aws CLI finished").isTrue();
        String stdout = Files.readString(out.toPath(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(Files.readString(err.toPath(), StandardCharsets.UTF_8)).isZero();
        assertThat(stdout.replaceAll("\\s+", "")).isEqualTo("{\"AccountAliases\":[\"wire-shape\"]}");
    }

    private static boolean awsOnPath() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "aws"))) {
                return true;
            }
        }
        return false;
    }
}
