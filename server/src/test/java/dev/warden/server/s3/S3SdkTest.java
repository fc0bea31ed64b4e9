package dev.warden.server.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.audit.AuditEvent;
import dev.warden.core.audit.AuditQuery;
import dev.warden.core.iam.CreatedAccessKey;
import dev.warden.core.iam.Iam;
import dev.warden.core.iam.InlinePolicyRequests;
import dev.warden.core.iam.UserRequests;
import dev.warden.server.app.WardenApp;
import dev.warden.server.app.WardenAppSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * S3 on a real Warden, driven by the AWS SDK for Java v2's S3Client (path-style, over http, so its
 * uploads are signed aws-chunked bodies with and without a signed checksum trailer): the operations,
 * S3's error codes, authorization by identity and bucket policies, hostile keys, the audit record.
 */
public class S3SdkTest {

    static final String ACCOUNT = "123456789012";

    @TempDir
    static Path folder;

    static WardenApp app;
    static Iam iam;
    static AwsCredentials admin;
    static AwsCredentials reader;
    static AwsCredentials nobody;

    @BeforeAll
    static void start() throws IOException {
        app = WardenApp.start(new WardenAppSettings(folder.resolve("home"), "127.0.0.1", 0, ACCOUNT, Clock.systemUTC()));
        iam = app.home().iam();
        admin = credentialsFile(app.home().credentialsFile());
        reader = userWithKey("reader");
        nobody = userWithKey("nobody");
        iam.inlinePolicies().putUserPolicy(new InlinePolicyRequests.PutPolicy("reader", "read-reports", """
                {"Version":"2012-10-17","Statement":[
                 {"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::reports",
                  "Condition":{"StringLike":{"s3:prefix":"public/*"}}},
                 {"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/public/*"}]}"""));
        app.iamChanged();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    enum Upload {
        /** The SDK's default over http: signed chunks plus a signed CRC32 trailer. */
        SIGNED_CHUNKS_WITH_TRAILER(RequestChecksumCalculation.WHEN_SUPPORTED),
        /** Signed chunks, no trailer. */
        SIGNED_CHUNKS(RequestChecksumCalculation.WHEN_REQUIRED);

        final RequestChecksumCalculation checksums;

        Upload(RequestChecksumCalculation checksums) {
            this.checksums = checksums;
        }
    }

    static S3Client s3(AwsCredentials credentials) {
        return s3(credentials, Upload.SIGNED_CHUNKS_WITH_TRAILER);
    }

    static S3Client s3(AwsCredentials credentials, Upload upload) {
        return S3Client.builder().endpointOverride(URI.create("http://127.0.0.1:" + app.port()))
                .region(Region.US_EAST_1).forcePathStyle(true).requestChecksumCalculation(upload.checksums)
                .credentialsProvider(StaticCredentialsProvider.create(credentials)).build();
    }

    static AwsCredentials userWithKey(String name) {
        iam.users().createUser(UserRequests.CreateUser.named(name));
        CreatedAccessKey key = iam.accessKeys().createAccessKey(name);
        return AwsBasicCredentials.create(key.accessKey().accessKeyId(), key.secretAccessKey().reveal());
    }

    public static AwsCredentials credentialsFile(Path file) throws IOException {
        Properties profile = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            profile.load(in);
        }
        return AwsBasicCredentials.create(profile.getProperty("aws_access_key_id"),
                profile.getProperty("aws_secret_access_key"));
    }

    static S3Exception failure(Runnable call) {
        try {
            call.run();
        } catch (S3Exception e) {
            return e;
        }
        throw new AssertionError("the call succeeded");
    }

    static String text(S3Client s3, String bucket, String key) {
        ResponseBytes<GetObjectResponse> bytes = s3.getObjectAsBytes(r -> r.bucket(bucket).key(key));
        return bytes.asUtf8String();
    }

    @ParameterizedTest
    @EnumSource(Upload.class)
    void objectsGoInAndComeOutUnchanged(Upload upload) {
        String bucket = "roundtrip-" + upload.name().toLowerCase().replace('_', '-');
        try (S3Client s3 = s3(admin, upload)) {
            s3.createBucket(r -> r.bucket(bucket));
            byte[] large = new byte[300_000]; // several aws-chunked chunks
            for (int i = 0; i < large.length; i++) {
                large[i] = (byte) (i * 31);
            }
            s3.putObject(r -> r.bucket(bucket).key("dir/hello world.txt").contentType("text/plain")
                    .metadata(java.util.Map.of("owner", "team-a")), RequestBody.fromString("hello, world\n"));
            s3.putObject(r -> r.bucket(bucket).key("large.bin"), RequestBody.fromBytes(large));

            assertThat(text(s3, bucket, "dir/hello world.txt")).isEqualTo("hello, world\n");
            assertThat(s3.getObjectAsBytes(r -> r.bucket(bucket).key("large.bin")).asByteArray()).isEqualTo(large);
            var head = s3.headObject(r -> r.bucket(bucket).key("dir/hello world.txt"));
            assertThat(head.contentLength()).isEqualTo(13);
            assertThat(head.contentType()).isEqualTo("text/plain");
            assertThat(head.metadata()).containsEntry("owner", "team-a");
            assertThat(head.eTag()).isEqualTo("\"22c3683b094136c3398391ae71b20f04\""); // MD5 of the content
            assertThat(s3.getObjectAsBytes(r -> r.bucket(bucket).key("large.bin").range("bytes=10-19")).asByteArray())
                    .isEqualTo(java.util.Arrays.copyOfRange(large, 10, 20));

            s3.deleteObject(r -> r.bucket(bucket).key("large.bin"));
            assertThat(failure(() -> s3.headObject(r -> r.bucket(bucket).key("large.bin"))).statusCode())
                    .isEqualTo(404);
        }
    }

    @Test
    void multipartUploadsAssembleThePartsInOrder() {
        try (S3Client s3 = s3(admin)) {
            s3.createBucket(r -> r.bucket("multipart"));
            byte[] first = new byte[(int) MultipartUploads.MIN_PART_BYTES];
            java.util.Arrays.fill(first, (byte) 'a');
            byte[] second = "the last part may be small".getBytes(StandardCharsets.UTF_8);
            String uploadId = s3.createMultipartUpload(r -> r.bucket("multipart").key("big.bin")
                    .contentType("application/x-test")).uploadId();
            String etag1 = s3.uploadPart(r -> r.bucket("multipart").key("big.bin").uploadId(uploadId).partNumber(1),
                    RequestBody.fromBytes(first)).eTag();
            String etag2 = s3.uploadPart(r -> r.bucket("multipart").key("big.bin").uploadId(uploadId).partNumber(2),
                    RequestBody.fromBytes(second)).eTag();
            var done = s3.completeMultipartUpload(r -> r.bucket("multipart").key("big.bin").uploadId(uploadId)
                    .multipartUpload(m -> m.parts(p -> p.partNumber(1).eTag(etag1), p -> p.partNumber(2).eTag(etag2))));
            assertThat(done.eTag()).endsWith("-2\"");

            byte[] stored = s3.getObjectAsBytes(r -> r.bucket("multipart").key("big.bin")).asByteArray();
            assertThat(stored).hasSize(first.length + second.length);
            assertThat(java.util.Arrays.copyOfRange(stored, first.length, stored.length)).isEqualTo(second);
            assertThat(s3.headObject(r -> r.bucket("multipart").key("big.bin")).contentType())
                    .isEqualTo("application/x-test");

            S3Exception gone = failure(() -> s3.uploadPart(r -> r.bucket("multipart").key("big.bin")
                    .uploadId(uploadId).partNumber(3), RequestBody.fromString("late")));
            assertThat(gone.awsErrorDetails().errorCode()).isEqualTo("NoSuchUpload");

            String aborted = s3.createMultipartUpload(r -> r.bucket("multipart").key("small.bin")).uploadId();
            String small = s3.uploadPart(r -> r.bucket("multipart").key("small.bin").uploadId(aborted).partNumber(1),
                    RequestBody.fromString("too small")).eTag();
            S3Exception tooSmall = failure(() -> s3.completeMultipartUpload(r -> r.bucket("multipart")
                    .key("small.bin").uploadId(aborted).multipartUpload(m -> m.parts(p -> p.partNumber(1).eTag(small),
                            p -> p.partNumber(2).eTag(small)))));
            assertThat(tooSmall.awsErrorDetails().errorCode()).isEqualTo("EntityTooSmall");
            S3Exception wrongTag = failure(() -> s3.completeMultipartUpload(r -> r.bucket("multipart")
                    .key("small.bin").uploadId(aborted).multipartUpload(m -> m.parts(p -> p.partNumber(1)
                            .eTag("\"00000000000000000000000000000000\"")))));
            assertThat(wrongTag.awsErrorDetails().errorCode()).isEqualTo("InvalidPart");
            s3.abortMultipartUpload(r -> r.bucket("multipart").key("small.bin").uploadId(aborted));
            assertThat(failure(() -> s3.abortMultipartUpload(r -> r.bucket("multipart").key("small.bin")
                    .uploadId(aborted))).awsErrorDetails().errorCode()).isEqualTo("NoSuchUpload");
        }
    }

    @Test
    void bucketsAreCreatedListedAndDeletedWithS3sErrors() {
        try (S3Client s3 = s3(admin)) {
            s3.createBucket(r -> r.bucket("lifecycle"));
            assertThat(s3.listBuckets().buckets()).extracting(b -> b.name()).contains("lifecycle");
            s3.headBucket(r -> r.bucket("lifecycle"));

            S3Exception again = failure(() -> s3.createBucket(r -> r.bucket("lifecycle")));
            assertThat(again.awsErrorDetails().errorCode()).isEqualTo("BucketAlreadyOwnedByYou");
            assertThat(again.statusCode()).isEqualTo(409);

            S3Exception invalid = failure(() -> s3.createBucket(r -> r.bucket("xn--reserved-prefix")));
            assertThat(invalid.awsErrorDetails().errorCode()).isEqualTo("InvalidBucketName");
            assertThat(invalid.statusCode()).isEqualTo(400);

            s3.putObject(r -> r.bucket("lifecycle").key("k"), RequestBody.fromString("x"));
            S3Exception notEmpty = failure(() -> s3.deleteBucket(r -> r.bucket("lifecycle")));
            assertThat(notEmpty.awsErrorDetails().errorCode()).isEqualTo("BucketNotEmpty");
            assertThat(notEmpty.statusCode()).isEqualTo(409);

            S3Exception noKey = failure(() -> s3.getObjectAsBytes(r -> r.bucket("lifecycle").key("missing")));
            assertThat(noKey.awsErrorDetails().errorCode()).isEqualTo("NoSuchKey");
            assertThat(noKey.statusCode()).isEqualTo(404);

            s3.deleteObject(r -> r.bucket("lifecycle").key("k"));
            s3.deleteBucket(r -> r.bucket("lifecycle"));
            S3Exception gone = failure(() -> s3.listObjectsV2(r -> r.bucket("lifecycle")));
            assertThat(gone.awsErrorDetails().errorCode()).isEqualTo("NoSuchBucket");
            assertThat(gone.statusCode()).isEqualTo(404);
            assertThat(failure(() -> s3.headBucket(r -> r.bucket("lifecycle"))).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void listingHonoursPrefixDelimiterMaxKeysAndContinuation() {
        try (S3Client s3 = s3(admin)) {
            s3.createBucket(r -> r.bucket("listing"));
            for (String key : List.of("a.txt", "logs/2026/01.log", "logs/2026/02.log", "logs/2027/01.log",
                    "logs/readme", "z.txt")) {
                s3.putObject(r -> r.bucket("listing").key(key), RequestBody.fromString(key));
            }
            ListObjectsV2Response top = s3.listObjectsV2(r -> r.bucket("listing").delimiter("/"));
            assertThat(top.contents()).extracting(S3Object::key).containsExactly("a.txt", "z.txt");
            assertThat(top.commonPrefixes()).extracting(CommonPrefix::prefix).containsExactly("logs/");

            ListObjectsV2Response years = s3.listObjectsV2(r -> r.bucket("listing").prefix("logs/").delimiter("/"));
            assertThat(years.contents()).extracting(S3Object::key).containsExactly("logs/readme");
            assertThat(years.commonPrefixes()).extracting(CommonPrefix::prefix)
                    .containsExactly("logs/2026/", "logs/2027/");

            List<String> paged = new ArrayList<>();
            String token = null;
            int pages = 0;
            do {
                String current = token;
                ListObjectsV2Response page = s3.listObjectsV2(r -> r.bucket("listing").maxKeys(2)
                        .continuationToken(current));
                page.contents().forEach(o -> paged.add(o.key()));
                assertThat(page.keyCount()).isLessThanOrEqualTo(2);
                token = page.isTruncated() ? page.nextContinuationToken() : null;
                pages++;
            } while (token != null);
            assertThat(pages).isEqualTo(3);
            assertThat(paged).containsExactly("a.txt", "logs/2026/01.log", "logs/2026/02.log", "logs/2027/01.log",
                    "logs/readme", "z.txt");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape.txt", "a/b/../../../etc/passwd", "a/../../b", "./.", "..",
            "dir//double", "spaces and + plus & amp?.txt", "ünïcödé/日本語/😀.txt", "percent%2F%41", "tab\tnew\nline"})
    void hostileKeysAreJustKeys(String key) throws IOException {
        try (S3Client s3 = s3(admin)) {
            if (!s3.listBuckets().buckets().stream().anyMatch(b -> b.name().equals("hostile"))) {
                s3.createBucket(r -> r.bucket("hostile"));
            }
            s3.putObject(r -> r.bucket("hostile").key(key), RequestBody.fromString("content of " + key));
            assertThat(text(s3, "hostile", key)).isEqualTo("content of " + key);
            // The SDK decodes url-encoded listings itself.
            assertThat(s3.listObjectsV2(r -> r.bucket("hostile").encodingType("url")).contents())
                    .extracting(S3Object::key).contains(key);
        }
        // Nothing was written outside the bucket's directory.
        Path home = app.homeDirectory();
        try (Stream<Path> files = Files.walk(home)) {
            assertThat(files.filter(Files::isRegularFile).filter(p -> p.startsWith(home.resolve("s3")))
                    .allMatch(p -> p.startsWith(home.resolve("s3").resolve("hostile"))
                            || !p.toString().contains("hostile"))).isTrue();
        }
        assertThat(Files.exists(home.resolve("escape.txt"))).isFalse();
        assertThat(Files.exists(home.resolve("s3").resolve("escape.txt"))).isFalse();
    }

    @Test
    void aPathThatClimbsAboveTheRootIsRefusedBeforeItReachesS3() {
        // The HTTP layer cannot resolve "/bucket/../../x" (it climbs above "/") and answers 400 itself.
        try (S3Client s3 = s3(admin)) {
            s3.createBucket(r -> r.bucket("climb"));
            S3Exception refused = failure(() -> s3.putObject(r -> r.bucket("climb").key("../../../etc/passwd"),
                    RequestBody.fromString("x")));
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(s3.listObjectsV2(r -> r.bucket("climb")).contents()).isEmpty();
        }
    }

    @Test
    void keysUpTo1024BytesAreAcceptedAndLongerOnesRefused() {
        try (S3Client s3 = s3(admin)) {
            s3.createBucket(r -> r.bucket("long-keys"));
            String longest = "é".repeat(512); // 1,024 UTF-8 bytes
            s3.putObject(r -> r.bucket("long-keys").key(longest), RequestBody.fromString("ok"));
            assertThat(text(s3, "long-keys", longest)).isEqualTo("ok");
            S3Exception tooLong = failure(() -> s3.putObject(r -> r.bucket("long-keys").key(longest + "x"),
                    RequestBody.fromString("no")));
            assertThat(tooLong.awsErrorDetails().errorCode()).isEqualTo("KeyTooLongError");
            assertThat(tooLong.statusCode()).isEqualTo(400);
        }
    }

    @Test
    void identityPoliciesDecideWithS3ConditionKeys() {
        try (S3Client asAdmin = s3(admin); S3Client asReader = s3(reader); S3Client asNobody = s3(nobody)) {
            asAdmin.createBucket(r -> r.bucket("reports"));
            asAdmin.putObject(r -> r.bucket("reports").key("public/summary.txt"), RequestBody.fromString("summary"));
            asAdmin.putObject(r -> r.bucket("reports").key("private/salaries.txt"), RequestBody.fromString("$$$"));

            assertThat(text(asReader, "reports", "public/summary.txt")).isEqualTo("summary");
            assertThat(asReader.listObjectsV2(r -> r.bucket("reports").prefix("public/")).contents())
                    .extracting(S3Object::key).containsExactly("public/summary.txt");

            S3Exception privateObject = failure(() -> text(asReader, "reports", "private/salaries.txt"));
            assertThat(privateObject.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            assertThat(privateObject.statusCode()).isEqualTo(403);
            assertThat(privateObject.awsErrorDetails().errorMessage()).isEqualTo("User: arn:aws:iam::" + ACCOUNT
                    + ":user/reader is not authorized to perform: s3:GetObject on resource:"
                    + " arn:aws:s3:::reports/private/salaries.txt because no identity-based policy allows the"
                    + " s3:GetObject action");
            // s3:prefix outside public/ is not allowed
            assertThat(failure(() -> asReader.listObjectsV2(r -> r.bucket("reports").prefix("private/")))
                    .awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            assertThat(failure(() -> asReader.putObject(r -> r.bucket("reports").key("public/x"),
                    RequestBody.fromString("x"))).awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            assertThat(failure(() -> asNobody.listBuckets()).awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            // Without s3:ListBucket a missing key is a 403, not a 404: the caller may not learn what exists.
            assertThat(failure(() -> text(asReader, "reports", "public/missing.txt")).statusCode()).isEqualTo(403);
        }
    }

    @Test
    void bucketPoliciesGrantAndDenyInTheSameAccount() {
        String bucketPolicy = """
                {"Version":"2012-10-17","Statement":[
                 {"Sid":"NobodyMayRead","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::%s:user/nobody"},
                  "Action":"s3:GetObject","Resource":"arn:aws:s3:::shared/*"},
                 {"Sid":"NoOneDeletes","Effect":"Deny","Principal":"*","Action":"s3:DeleteObject",
                  "Resource":"arn:aws:s3:::shared/*"}]}""".formatted(ACCOUNT);
        try (S3Client asAdmin = s3(admin); S3Client asNobody = s3(nobody)) {
            asAdmin.createBucket(r -> r.bucket("shared"));
            asAdmin.putObject(r -> r.bucket("shared").key("notes.txt"), RequestBody.fromString("shared notes"));
            assertThat(failure(() -> text(asNobody, "shared", "notes.txt")).awsErrorDetails().errorCode())
                    .isEqualTo("AccessDenied");
            assertThat(failure(() -> asAdmin.getBucketPolicy(r -> r.bucket("shared"))).awsErrorDetails().errorCode())
                    .isEqualTo("NoSuchBucketPolicy");

            asAdmin.putBucketPolicy(r -> r.bucket("shared").policy(bucketPolicy));
            assertThat(asAdmin.getBucketPolicy(r -> r.bucket("shared")).policy()).isEqualTo(bucketPolicy);
            // Same account: the bucket policy's allow suffices without any identity-based policy.
            assertThat(text(asNobody, "shared", "notes.txt")).isEqualTo("shared notes");
            // An explicit deny in the bucket policy wins over the administrator's allow.
            S3Exception denied = failure(() -> asAdmin.deleteObject(r -> r.bucket("shared").key("notes.txt")));
            assertThat(denied.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            assertThat(denied.awsErrorDetails().errorMessage()).contains("explicit deny in a resource-based policy");

            S3Exception malformed = failure(() -> asAdmin.putBucketPolicy(r -> r.bucket("shared").policy("{\"nope\"")));
            assertThat(malformed.awsErrorDetails().errorCode()).isEqualTo("MalformedPolicy");

            asAdmin.deleteBucketPolicy(r -> r.bucket("shared"));
            assertThat(failure(() -> text(asNobody, "shared", "notes.txt")).awsErrorDetails().errorCode())
                    .isEqualTo("AccessDenied");
            asAdmin.deleteObject(r -> r.bucket("shared").key("notes.txt"));
        }
    }

    @Test
    void deleteObjectsDecidesKeyByKey() {
        String bucketPolicy = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:DeleteObject",
                 "Resource":"arn:aws:s3:::batch/keep/*"}]}""";
        try (S3Client s3 = s3(admin)) {
            s3.createBucket(r -> r.bucket("batch"));
            for (String key : List.of("a", "b", "keep/c")) {
                s3.putObject(r -> r.bucket("batch").key(key), RequestBody.fromString(key));
            }
            s3.putBucketPolicy(r -> r.bucket("batch").policy(bucketPolicy));
            var result = s3.deleteObjects(r -> r.bucket("batch").delete(d -> d.objects(
                    o -> o.key("a"), o -> o.key("b"), o -> o.key("keep/c"))));
            assertThat(result.deleted()).extracting(d -> d.key()).containsExactly("a", "b");
            assertThat(result.errors()).extracting(e -> e.key() + " " + e.code()).containsExactly("keep/c AccessDenied");
            assertThat(s3.listObjectsV2(r -> r.bucket("batch")).contents()).extracting(S3Object::key)
                    .containsExactly("keep/c");
        }
    }

    @Test
    void copyObjectNeedsReadOnTheSourceAndWriteOnTheTarget() {
        try (S3Client s3 = s3(admin); S3Client asReader = s3(reader)) {
            s3.createBucket(r -> r.bucket("copies"));
            s3.putObject(r -> r.bucket("copies").key("original"), RequestBody.fromString("original text"));
            s3.copyObject(r -> r.sourceBucket("copies").sourceKey("original").destinationBucket("copies")
                    .destinationKey("copy"));
            assertThat(text(s3, "copies", "copy")).isEqualTo("original text");
            assertThat(failure(() -> asReader.copyObject(r -> r.sourceBucket("copies").sourceKey("original")
                    .destinationBucket("copies").destinationKey("stolen"))).awsErrorDetails().errorCode())
                    .isEqualTo("AccessDenied");
        }
    }

    @Test
    void everyCallIsAuditedWithItsResource() {
        try (S3Client s3 = s3(admin); S3Client asNobody = s3(nobody)) {
            s3.createBucket(r -> r.bucket("audited"));
            s3.putObject(r -> r.bucket("audited").key("a/b.txt"), RequestBody.fromString("b"));
            failure(() -> text(asNobody, "audited", "a/b.txt"));
        }
        app.home().audit().flush();
        List<AuditEvent> events = app.home().audit().query(AuditQuery.latest(1000));
        AuditEvent put = events.stream().filter(e -> e.eventName().equals("PutObject"))
                .filter(e -> e.requestParameters().path("bucketName").asText().equals("audited")).findFirst()
                .orElseThrow();
        assertThat(put.eventSource()).isEqualTo("s3.amazonaws.com");
        assertThat(put.requestParameters().path("key").asText()).isEqualTo("a/b.txt");
        assertThat(put.decision().path("resources").path(0).path("ARN").asText())
                .isEqualTo("arn:aws:s3:::audited/a/b.txt");
        AuditEvent denied = events.stream().filter(e -> e.eventName().equals("GetObject"))
                .filter(e -> "AccessDenied".equals(e.errorCode()))
                .filter(e -> e.requestParameters().path("bucketName").asText().equals("audited")).findFirst()
                .orElseThrow();
        assertThat(denied.userIdentity().arn()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":user/nobody");
    }
}
