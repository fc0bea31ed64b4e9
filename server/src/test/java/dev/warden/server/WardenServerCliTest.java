package dev.warden.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.warden.server.auth.CallerIdentity;
import dev.warden.server.auth.InMemoryCredentialStore;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** End to end with the AWS CLI (skipped when {@code aws} is not on PATH). */
class WardenServerCliTest {

    static final CallerIdentity ALICE =
            new CallerIdentity("AIDAEXAMPLEALICE0001", "123456789012", "arn:aws:iam::123456789012:user/alice");

    static WardenServer<String> server;

    @BeforeAll
    static void start() {
        server = WardenServer.builder(new InMemoryCredentialStore()
                .withLongTermKey("AKIAALICEEXAMPLE0001", "alice/secret+EXAMPLE", ALICE)).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    record Result(int exitCode, String stdout, String stderr) {}

    static Result aws(String secret, String... args) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("warden-cli-home");
        List<String> command = new java.util.ArrayList<>(List.of("aws", "--endpoint-url",
                "http://127.0.0.1:" + server.port(), "--region", "eu-west-1", "--output", "json"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_"));
        env.put("HOME", home.toString());
        env.put("AWS_ACCESS_KEY_ID", "AKIAALICEEXAMPLE0001");
        env.put("AWS_SECRET_ACCESS_KEY", secret);
        env.put("AWS_CONFIG_FILE", home.resolve("config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
        env.put("AWS_MAX_ATTEMPTS", "1");
        File out = home.resolve("out").toFile();
        File err = home.resolve("err").toFile();
        pb.redirectOutput(out).redirectError(err);
        Process process = pb.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("aws CLI finished").isTrue();
        return new Result(process.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }

    static boolean awsOnPath() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "aws"))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void stsGetCallerIdentity() throws Exception {
        assumeTrue(awsOnPath(), "the AWS CLI is not installed");

        Result result = aws("alice/secret+EXAMPLE", "sts", "get-caller-identity");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout())
                .contains("\"UserId\": \"AIDAEXAMPLEALICE0001\"")
                .contains("\"Account\": \"123456789012\"")
                .contains("\"Arn\": \"arn:aws:iam::123456789012:user/alice\"");
    }

    @Test
    void wrongSecretIsReportedAsSignatureDoesNotMatch() throws Exception {
        assumeTrue(awsOnPath(), "the AWS CLI is not installed");

        Result result = aws("wrong-secret", "sts", "get-caller-identity");

        assertThat(result.exitCode()).isIn(254, 255);
        assertThat(result.stderr()).contains(
                "An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation: "
                        + "The request signature we calculated does not match");
    }
}
