package dev.warden.server.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.server.app.WardenApp;
import dev.warden.server.app.WardenAppSettings;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;

/**
 * S3 at the wire: the payload modes the S3Client does not pick over http (plain signed body as the
 * AWS CLI sends it, UNSIGNED-PAYLOAD, STREAMING-UNSIGNED-PAYLOAD-TRAILER as clients send it over
 * https), and S3's error documents for bad signatures, unknown keys, wrong hashes and operations
 * Warden does not serve.
 */
class S3WireTest {

    @TempDir
    static Path folder;

    static WardenApp app;
    static AwsCredentials admin;

    @BeforeAll
    static void start() throws IOException {
        app = WardenApp.start(new WardenAppSettings(folder.resolve("home"), "127.0.0.1", 0, "123456789012",
                Clock.systemUTC()));
        admin = S3SdkTest.credentialsFile(app.home().credentialsFile());
        assertThat(call("PUT", "/wire", new byte[0], admin, SignedHttpCall.Payload.SIGNED).statusCode())
                .isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    static HttpResponse<String> call(String method, String path, byte[] body, AwsCredentials credentials,
            SignedHttpCall.Payload payload) {
        return SignedHttpCall.send(app.port(), method, path, Map.of(), body, "s3", credentials, payload);
    }

    @ParameterizedTest
    @EnumSource(SignedHttpCall.Payload.class)
    void everyPayloadModeStoresTheBodyExactly(SignedHttpCall.Payload payload) {
        byte[] body = ("hello world, this is a small S3 object body in mode " + payload + "\n")
                .getBytes(StandardCharsets.UTF_8);
        String path = "/wire/dir/" + payload.name().toLowerCase() + "%20object.txt";
        HttpResponse<String> put = call("PUT", path, body, admin, payload);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(put.headers().firstValue("ETag")).isPresent();
        HttpResponse<String> get = call("GET", path, new byte[0], admin, SignedHttpCall.Payload.UNSIGNED);
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.body()).isEqualTo(new String(body, StandardCharsets.UTF_8));
        assertThat(get.headers().firstValue("x-amz-request-id")).isPresent();
    }

    @Test
    void aBodyThatIsNotTheSignedOneIsRefusedAndNothingIsStored() {
        HttpResponse<String> put = SignedHttpCall.send(app.port(), "PUT", "/wire/tampered", Map.of(),
                "the signed body".getBytes(StandardCharsets.UTF_8), "s3", admin, SignedHttpCall.Payload.SIGNED,
                signed -> "another body!!!".getBytes(StandardCharsets.UTF_8));
        assertThat(put.statusCode()).isEqualTo(400);
        assertThat(put.body()).contains("<Code>XAmzContentSHA256Mismatch</Code>");
        HttpResponse<String> get = call("GET", "/wire/tampered", new byte[0], admin, SignedHttpCall.Payload.UNSIGNED);
        assertThat(get.statusCode()).isEqualTo(404);
        assertThat(get.body()).contains("<Code>NoSuchKey</Code>").contains("<Key>tampered</Key>");
    }

    @Test
    void aChunkChangedAfterSigningIsRefusedAndNothingIsStored() {
        HttpResponse<String> put = SignedHttpCall.send(app.port(), "PUT", "/wire/tampered-chunk", Map.of(),
                "chunk data that will be changed".getBytes(StandardCharsets.UTF_8), "s3", admin,
                SignedHttpCall.Payload.STREAMING_SIGNED, signed -> new String(signed, StandardCharsets.UTF_8)
                        .replace("changed", "CHANGED").getBytes(StandardCharsets.UTF_8));
        assertThat(put.statusCode()).isEqualTo(403);
        assertThat(put.body()).contains("<Code>SignatureDoesNotMatch</Code>");
        assertThat(call("GET", "/wire/tampered-chunk", new byte[0], admin, SignedHttpCall.Payload.UNSIGNED)
                .statusCode()).isEqualTo(404);
    }

    @Test
    void aWrongSecretIsSignatureDoesNotMatchInS3sErrorDocument() {
        AwsCredentials wrong = AwsBasicCredentials.create(admin.accessKeyId(), "not-the-secret");
        HttpResponse<String> get = call("GET", "/wire", new byte[0], wrong, SignedHttpCall.Payload.UNSIGNED);
        assertThat(get.statusCode()).isEqualTo(403);
        assertThat(get.body()).startsWith("<?xml").contains("<Error><Code>SignatureDoesNotMatch</Code>")
                .contains("<RequestId>");
        assertThat(get.body()).doesNotContain("not-the-secret");
    }

    @Test
    void anUnknownKeyIsInvalidAccessKeyId() {
        AwsCredentials unknown = AwsBasicCredentials.create("AKIAUNKNOWNUNKNOWN00", "secret");
        HttpResponse<String> get = call("GET", "/", new byte[0], unknown, SignedHttpCall.Payload.UNSIGNED);
        assertThat(get.statusCode()).isEqualTo(403);
        assertThat(get.body()).contains("<Code>InvalidAccessKeyId</Code>");
    }

    @Test
    void operationsWarndenDoesNotServeAreNotImplemented() {
        HttpResponse<String> acl = call("GET", "/wire?acl", new byte[0], admin, SignedHttpCall.Payload.UNSIGNED);
        assertThat(acl.statusCode()).isEqualTo(501);
        assertThat(acl.body()).contains("<Code>NotImplemented</Code>");
    }

    @Test
    void invalidBucketNamesAreRefused() {
        HttpResponse<String> create = call("PUT", "/ab", new byte[0], admin, SignedHttpCall.Payload.SIGNED);
        assertThat(create.statusCode()).isEqualTo(400);
        assertThat(create.body()).contains("<Code>InvalidBucketName</Code>");
    }

    @Test
    void unsignedRequestsStillReachTheQueryEndpoint() {
        // Without a credential scope naming s3 a PUT is not S3's: IAM and STS refuse the method.
        HttpResponse<String> put = SignedHttpCall.send(app.port(), "PUT", "/wire/x", Map.of(), new byte[0], "iam",
                admin, SignedHttpCall.Payload.SIGNED);
        assertThat(put.statusCode()).isEqualTo(405);
    }
}
