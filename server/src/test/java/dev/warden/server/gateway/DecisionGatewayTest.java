package dev.warden.server.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.core.audit.AuditEvent;
import dev.warden.core.audit.AuditQuery;
import dev.warden.core.iam.CreatedAccessKey;
import dev.warden.core.iam.InlinePolicyRequests;
import dev.warden.core.iam.UserRequests;
import dev.warden.server.app.WardenApp;
import dev.warden.server.app.WardenAppSettings;
import dev.warden.server.s3.S3SdkTest;
import dev.warden.server.s3.SignedHttpCall;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;

/**
 * The decision gateway on a real Warden, with requests signed as the AWS CLI and SDKs sign them:
 * every operation in the table is allowed for the administrator (with the decision-only mark) and
 * denied in the service's own error shape to a user without permissions; one user's identity policy
 * allows exactly what it names; every call is audited under the service's event source.
 */
class DecisionGatewayTest {

    static final String ACCOUNT = "123456789012";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;

    static WardenApp app;
    static AwsCredentials admin;
    static AwsCredentials starter;
    static AwsCredentials nobody;

    @BeforeAll
    static void start() throws IOException {
        app = WardenApp.start(new WardenAppSettings(folder.resolve("home"), "127.0.0.1", 0, ACCOUNT,
                Clock.systemUTC()));
        admin = S3SdkTest.credentialsFile(app.home().credentialsFile());
        starter = userWithKey("starter");
        nobody = userWithKey("nobody");
        app.home().iam().inlinePolicies().putUserPolicy(new InlinePolicyRequests.PutPolicy("starter", "start", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"glue:StartJobRun",
                 "Resource":"arn:aws:glue:us-east-1:%s:job/nightly-*"}]}""".formatted(ACCOUNT)));
        app.iamChanged();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    static AwsCredentials userWithKey(String name) {
        app.home().iam().users().createUser(UserRequests.CreateUser.named(name));
        CreatedAccessKey key = app.home().iam().accessKeys().createAccessKey(name);
        return AwsBasicCredentials.create(key.accessKey().accessKeyId(), key.secretAccessKey().reveal());
    }

    /** A request as the CLI sends it for one operation of the table. */
    record Sample(String method, String path, String body) {}

    static final Map<String, Sample> SAMPLES = Map.ofEntries(
            Map.entry("StartJobRun", new Sample("POST", "/", "{\"JobName\":\"nightly-etl\"}")),
            Map.entry("DeleteJob", new Sample("POST", "/", "{\"JobName\":\"nightly-etl\"}")),
            Map.entry("GetJobs", new Sample("POST", "/", "{}")),
            Map.entry("StartExecution", new Sample("POST", "/", "{\"stateMachineArn\":\"arn:aws:states:us-east-1:"
                    + ACCOUNT + ":stateMachine:pipeline\"}")),
            Map.entry("ListStateMachines", new Sample("POST", "/", "{}")),
            Map.entry("DescribeCluster", new Sample("POST", "/", "{\"ClusterId\":\"j-1\"}")),
            Map.entry("ListInstanceGroups", new Sample("POST", "/", "{\"ClusterId\":\"j-1\"}")),
            Map.entry("ListInstanceFleets", new Sample("POST", "/", "{\"ClusterId\":\"j-1\"}")),
            Map.entry("ListBootstrapActions", new Sample("POST", "/", "{\"ClusterId\":\"j-1\"}")),
            Map.entry("ListClusters", new Sample("POST", "/", "{}")),
            Map.entry("TerminateJobFlows", new Sample("POST", "/", "{\"JobFlowIds\":[\"j-1\"]}")),
            Map.entry("Invoke", new Sample("POST", "/2015-03-31/functions/prepare-input/invocations", "{\"a\":1}")),
            Map.entry("DeleteFunction", new Sample("DELETE", "/2015-03-31/functions/prepare-input", "")),
            Map.entry("ListFunctions", new Sample("GET", "/2015-03-31/functions/", "")));

    static Stream<Arguments> operations() {
        return GatewayOperations.ALL.stream().map(op -> Arguments.of(op.signingName() + " " + op.name(), op));
    }

    static HttpResponse<String> call(GatewayOperation op, AwsCredentials credentials) {
        Sample sample = SAMPLES.get(op.name());
        Map<String, String> headers = new HashMap<>();
        op.target().ifPresent(target -> {
            headers.put("X-Amz-Target", target);
            headers.put("Content-Type", op.protocol().contentType());
        });
        return SignedHttpCall.send(app.port(), sample.method(), sample.path(), headers,
                sample.body().getBytes(StandardCharsets.UTF_8), op.signingName(), credentials,
                SignedHttpCall.Payload.SIGNED);
    }

    @Test
    void everyOperationHasASample() {
        assertThat(SAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(
                GatewayOperations.ALL.stream().map(GatewayOperation::name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void allowedCallsGetAMinimalAnswerMarkedDecisionOnly(String label, GatewayOperation op) throws IOException {
        HttpResponse<String> response = call(op, admin);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(op.status());
        assertThat(response.headers().firstValue("x-warden-gateway")).hasValue("decision-only");
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
        if (op.status() == 200) {
            assertThat(JSON.readTree(response.body()).isObject()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void deniedCallsGetTheServicesAccessDeniedException(String label, GatewayOperation op) throws IOException {
        HttpResponse<String> response = call(op, nobody);
        assertThat(response.headers().firstValue("x-warden-gateway")).isEmpty();
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("AccessDeniedException");
        JsonNode body = JSON.readTree(response.body());
        String message;
        if (op.protocol() == GatewayProtocol.REST_JSON) {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(body.path("Type").asText()).isEqualTo("User");
            message = body.path("Message").asText();
        } else {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(body.path("__type").asText()).isEqualTo("AccessDeniedException");
            message = body.path("message").asText();
        }
        assertThat(message).startsWith("User: arn:aws:iam::" + ACCOUNT + ":user/nobody is not authorized to perform: "
                + op.action() + " on resource: ");
    }

    @Test
    void anIdentityPolicyAllowsExactlyWhatItNames() throws IOException {
        GatewayOperation start = GatewayOperations.byTarget("glue", "AWSGlue.StartJobRun").orElseThrow();
        HttpResponse<String> allowed = call(start, starter);
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(allowed.body()).path("JobRunId").asText()).startsWith("jr_");
        assertThat(allowed.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/x-amz-json-1.1"));

        HttpResponse<String> otherJob = SignedHttpCall.send(app.port(), "POST", "/", Map.of("X-Amz-Target",
                "AWSGlue.StartJobRun", "Content-Type", "application/x-amz-json-1.1"),
                "{\"JobName\":\"adhoc\"}".getBytes(StandardCharsets.UTF_8), "glue", starter,
                SignedHttpCall.Payload.SIGNED);
        assertThat(otherJob.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(otherJob.body()).path("message").asText()).isEqualTo("User: arn:aws:iam::" + ACCOUNT
                + ":user/starter is not authorized to perform: glue:StartJobRun on resource: arn:aws:glue:us-east-1:"
                + ACCOUNT + ":job/adhoc because no identity-based policy allows the glue:StartJobRun action");

        GatewayOperation delete = GatewayOperations.byTarget("glue", "AWSGlue.DeleteJob").orElseThrow();
        assertThat(call(delete, starter).headers().firstValue("x-amzn-ErrorType")).hasValue("AccessDeniedException");
    }

    @Test
    void unknownOperationsAndBadSignaturesAreRefusedInTheProtocolsShape() throws IOException {
        HttpResponse<String> unknown = SignedHttpCall.send(app.port(), "POST", "/", Map.of("X-Amz-Target",
                "AWSGlue.CreateJob", "Content-Type", "application/x-amz-json-1.1"), "{}".getBytes(StandardCharsets.UTF_8),
                "glue", admin, SignedHttpCall.Payload.SIGNED);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).path("__type").asText()).isEqualTo("UnknownOperationException");

        AwsCredentials wrong = AwsBasicCredentials.create(admin.accessKeyId(), "wrong-secret");
        HttpResponse<String> badSignature = SignedHttpCall.send(app.port(), "POST", "/", Map.of("X-Amz-Target",
                "AWSGlue.StartJobRun", "Content-Type", "application/x-amz-json-1.1"),
                "{\"JobName\":\"x\"}".getBytes(StandardCharsets.UTF_8), "glue", wrong, SignedHttpCall.Payload.SIGNED);
        assertThat(badSignature.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badSignature.body()).path("__type").asText()).isEqualTo("InvalidSignatureException");
        assertThat(badSignature.body()).doesNotContain("wrong-secret");

        HttpResponse<String> notJson = SignedHttpCall.send(app.port(), "POST", "/", Map.of("X-Amz-Target",
                "AWSGlue.StartJobRun", "Content-Type", "application/x-amz-json-1.1"),
                "{not json".getBytes(StandardCharsets.UTF_8), "glue", admin, SignedHttpCall.Payload.SIGNED);
        assertThat(JSON.readTree(notJson.body()).path("__type").asText()).isEqualTo("SerializationException");
    }

    @Test
    void callsAreAuditedUnderTheServicesEventSource() {
        GatewayOperation start = GatewayOperations.byTarget("glue", "AWSGlue.StartJobRun").orElseThrow();
        call(start, starter);
        call(GatewayOperations.byTarget("glue", "AWSGlue.DeleteJob").orElseThrow(), starter);
        app.home().audit().flush();
        List<AuditEvent> events = app.home().audit().query(AuditQuery.latest(1000));
        AuditEvent started = events.stream().filter(e -> e.eventName().equals("StartJobRun"))
                .filter(e -> e.userIdentity().arn().endsWith(":user/starter")).filter(e -> e.errorCode() == null)
                .findFirst().orElseThrow();
        assertThat(started.eventSource()).isEqualTo("glue.amazonaws.com");
        assertThat(started.requestParameters().path("jobName").asText()).isEqualTo("nightly-etl");
        assertThat(started.decision().path("resources").path(0).path("ARN").asText())
                .isEqualTo("arn:aws:glue:us-east-1:" + ACCOUNT + ":job/nightly-etl");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.eventName()).isEqualTo("DeleteJob");
            assertThat(e.errorCode()).isEqualTo("AccessDeniedException");
        });
    }

    @Test
    void callsAreCountedInTheRequestMetrics() throws Exception {
        call(GatewayOperations.byTarget("glue", "AWSGlue.StartJobRun").orElseThrow(), starter);
        String metrics = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + app.port() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics).containsPattern("warden_requests_seconds_count\\{[^}]*action=\"StartJobRun\"[^}]*"
                + "outcome=\"success\"[^}]*service=\"glue\"");
    }
}
