package dev.warden.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.server.auth.CallerIdentity;
import dev.warden.server.auth.InMemoryCredentialStore;
import dev.warden.server.auth.SdkSigner;
import dev.warden.server.auth.SignedRequest;
import dev.warden.server.query.QueryService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The HTTP surface: routing, error shapes, hooks, and hostile input (never a 500, never a stack trace). */
class WardenServerHttpTest {

    static final String KEY = "AKIAALICEEXAMPLE0001";
    static final String SECRET = "alice/secret+EXAMPLE";
    static final CallerIdentity ALICE =
            new CallerIdentity("AIDAEXAMPLEALICE0001", "123456789012", "arn:aws:iam::123456789012:user/alice");
    static final String FORM = "application/x-www-form-urlencoded; charset=utf-8";

    static WardenServer<String> server;
    static final List<AuditEvent> audit = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void start() {
        server = WardenServer.builder(new InMemoryCredentialStore().withLongTermKey(KEY, SECRET, ALICE))
                .handler("sts", "AssumeRoleWithWebIdentity", QueryHandler.unsigned(call -> xml -> xml
                        .element("Token", call.params().requiredString("WebIdentityToken"))
                        .element("Signed", call.caller().isPresent())))
                .handler("iam", "Explode", call -> {
                    throw new IllegalStateException("database password is hunter2");
                })
                .handler("iam", "DeleteRole", call -> dev.warden.server.xml.XmlResult.NONE)
                .authorizer(call -> call.action().equals("DeleteRole")
                        ? new AuthorizationDecision.Deny("User: " + call.requireCaller().identity().arn()
                                + " is not authorized to perform: iam:DeleteRole on resource: role demo")
                        : new AuthorizationDecision.Allow("test"))
                .auditSink(audit::add)
                .build()
                .start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static SignedRequest signed(String service, String path, byte[] body) {
        return SdkSigner.sign(new SdkSigner.Spec("POST", "http://127.0.0.1:" + server.port() + path, "",
                Map.of("Content-Type", FORM), service, "us-east-1", Instant.now(), KEY, SECRET, Optional.empty(),
                Optional.empty()), body);
    }

    static SignedRequest signed(String service, String body) {
        return signed(service, "/", body.getBytes(StandardCharsets.UTF_8));
    }

    static RawHttp.Response send(SignedRequest request) throws IOException {
        return RawHttp.send(server.port(), request);
    }

    static void assertAwsError(RawHttp.Response response, int status, String type, String code) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("text/xml");
        assertThat(response.xml().getDocumentElement().getLocalName()).isEqualTo("ErrorResponse");
        assertThat(response.xmlText("Type")).isEqualTo(type);
        assertThat(response.xmlText("Code")).isEqualTo(code);
        assertThat(response.xmlText("RequestId")).isNotBlank().isEqualTo(response.header("x-amzn-RequestId"));
        assertThat(response.text()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("hunter2");
    }

    @Test
    void getCallerIdentityOverRawHttpHasTheAwsEnvelope() throws IOException {
        RawHttp.Response response = send(signed("sts", "Action=GetCallerIdentity&Version=2011-06-15"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/xml");
        assertThat(response.xml().getDocumentElement().getNamespaceURI()).isEqualTo(QueryService.STS.xmlNamespace());
        assertThat(response.xml().getDocumentElement().getLocalName()).isEqualTo("GetCallerIdentityResponse");
        assertThat(response.xmlText("Arn")).isEqualTo(ALICE.arn());
        assertThat(response.xmlText("RequestId")).isEqualTo(response.header("x-amzn-RequestId"));
    }

    @Test
    void queryPostsAreAcceptedOnAnyPath() throws IOException {
        RawHttp.Response response = send(signed("sts", "/prefix/path/",
                "Action=GetCallerIdentity&Version=2011-06-15".getBytes(StandardCharsets.UTF_8)));

        assertThat(response.status()).as(response.text()).isEqualTo(200);
    }

    @Test
    void presignedGetWorks() throws IOException {
        SignedRequest request = SdkSigner.sign(new SdkSigner.Spec("GET", "http://127.0.0.1:" + server.port()
                + "/?Action=GetCallerIdentity&Version=2011-06-15", "", Map.of(), "sts", "eu-west-1", Instant.now(),
                KEY, SECRET, Optional.empty(), Optional.of(Duration.ofMinutes(5))));

        RawHttp.Response response = send(request);

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.xmlText("UserId")).isEqualTo(ALICE.userId());
    }

    @Test
    void denialByTheAuthorizerIsAccessDenied() throws IOException {
        // The authorizer of this test denies DeleteRole; the handler is never reached.
        RawHttp.Response response = send(signed("iam", "Action=DeleteRole&Version=2010-05-08&RoleName=demo"));

        assertAwsError(response, 403, "Sender", "AccessDenied");
        assertThat(response.xmlText("Message")).isEqualTo(
                "User: arn:aws:iam::123456789012:user/alice is not authorized to perform: iam:DeleteRole on resource: role demo");
    }

    @Test
    void unsignedOperationIsRoutedByVersionWithoutSignature() throws IOException {
        byte[] body = "Action=AssumeRoleWithWebIdentity&Version=2011-06-15&WebIdentityToken=eyJ.x.y&RoleArn=arn"
                .getBytes(StandardCharsets.UTF_8);
        RawHttp.Response response = RawHttp.send(server.port(), rawPost("/", body, "Content-Type: " + FORM));

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.xmlText("Token")).isEqualTo("eyJ.x.y");
        assertThat(response.xmlText("Signed")).isEqualTo("false");
    }

    @Test
    void handlerFailureIsInternalFailureWithoutDetails() throws IOException {
        RawHttp.Response response = send(signed("iam", "Action=Explode&Version=2010-05-08"));

        assertAwsError(response, 500, "Receiver", "InternalFailure");
        assertThat(response.xmlText("Message"))
                .isEqualTo("The request processing has failed because of an unknown error, exception or failure.");
    }

    /** Javalin copies a result through a small buffer (WardenServer.RESULT_COPY_BUFFER_BYTES): larger ones arrive whole. */
    @Test
    void resultLargerThanTheCopyBufferArrivesWhole() throws IOException {
        String token = "eyJ." + "x".repeat(5 * WardenServer.RESULT_COPY_BUFFER_BYTES + 7) + ".y";
        byte[] body = ("Action=AssumeRoleWithWebIdentity&Version=2011-06-15&WebIdentityToken=" + token + "&RoleArn=arn")
                .getBytes(StandardCharsets.UTF_8);
        RawHttp.Response response = RawHttp.send(server.port(), rawPost("/", body, "Content-Type: " + FORM));

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.xmlText("Token")).isEqualTo(token);
        assertThat(response.xmlText("RequestId")).isEqualTo(response.header("x-amzn-RequestId"));
    }

    @Test
    void healthAndMetrics() throws IOException {
        send(signed("sts", "Action=GetCallerIdentity&Version=2011-06-15"));
        send(signed("sts", "Action=NoSuchThing" + System.nanoTime() + "&Version=2011-06-15"));

        RawHttp.Response health = RawHttp.send(server.port(), rawGet("/health"));
        RawHttp.Response metrics = RawHttp.send(server.port(), rawGet("/metrics"));

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text()).isEqualTo("{\"status\":\"ok\"}");
        assertThat(health.header("Content-Type")).startsWith("application/json");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text())
                .contains("warden_requests_seconds_count{action=\"GetCallerIdentity\",outcome=\"success\",service=\"sts\"}")
                .contains("warden_requests_seconds_count{action=\"unknown\",outcome=\"InvalidAction\",service=\"sts\"}")
                .doesNotContain("NoSuchThing");
    }

    @Test
    void auditSinkSeesSuccessAndFailureWithParametersButNeverPrintsThem() throws IOException {
        RawHttp.Response ok = send(signed("sts", "Action=GetCallerIdentity&Version=2011-06-15"));
        RawHttp.Response denied = send(signed("iam", "Action=DeleteRole&Version=2010-05-08&RoleName=secretname"));

        AuditEvent okEvent = eventFor(ok.header("x-amzn-RequestId"));
        AuditEvent deniedEvent = eventFor(denied.header("x-amzn-RequestId"));
        assertThat(okEvent.httpStatus()).isEqualTo(200);
        assertThat(okEvent.errorCode()).isEmpty();
        assertThat(okEvent.caller()).contains(ALICE);
        assertThat(okEvent.accessKeyId()).contains(KEY);
        assertThat(okEvent.decision()).containsInstanceOf(AuthorizationDecision.Allow.class);
        assertThat(deniedEvent.service()).isEqualTo("iam");
        assertThat(deniedEvent.action()).contains("DeleteRole");
        assertThat(deniedEvent.errorCode()).contains("AccessDenied");
        assertThat(deniedEvent.decision()).containsInstanceOf(AuthorizationDecision.Deny.class);
        assertThat(deniedEvent.errorMessage()).contains("User: " + ALICE.arn()
                + " is not authorized to perform: iam:DeleteRole on resource: role demo");
        assertThat(deniedEvent.parameters()).containsEntry("RoleName", "secretname").containsEntry("Action", "DeleteRole");
        assertThat(okEvent.signer()).hasValueSatisfying(s -> assertThat(s.scope().service()).isEqualTo("sts"));
        assertThat(okEvent.errorMessage()).isEmpty();
        assertThat(deniedEvent.toString()).doesNotContain("secretname");
    }

    @Test
    void auditKeepsOnlyTheFirstLineOfASignatureMismatch() throws IOException {
        RawHttp.Response mismatch = send(SdkSigner.sign(new SdkSigner.Spec("POST", "http://127.0.0.1:" + server.port()
                + "/", "Action=GetCallerIdentity&Version=2011-06-15", Map.of("Content-Type", FORM), "sts", "us-east-1",
                Instant.now(), KEY, "not-the-secret", Optional.empty(), Optional.empty())));

        assertThat(mismatch.text()).contains("The Canonical String for this request should have been");
        AuditEvent event = eventFor(mismatch.header("x-amzn-RequestId"));
        assertThat(event.errorCode()).contains("SignatureDoesNotMatch");
        assertThat(event.errorMessage()).hasValueSatisfying(m -> assertThat(m)
                .startsWith("The request signature we calculated does not match").doesNotContain("\n")
                .doesNotContain("Canonical"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"sts, Action=GetCallerIdentity&Version=2011-06-15, https://sts.amazonaws.com/doc/2011-06-15/",
            "iam, Action=ListUsers&Version=2010-05-08, https://iam.amazonaws.com/doc/2010-05-08/"})
    void aFailedSignatureIsAnsweredInTheClaimedServicesNamespace(String service, String body, String namespace)
            throws IOException {
        RawHttp.Response mismatch = send(SdkSigner.sign(new SdkSigner.Spec("POST", "http://127.0.0.1:" + server.port()
                + "/", body, Map.of("Content-Type", FORM), service, "us-east-1", Instant.now(), KEY, "not-the-secret",
                Optional.empty(), Optional.empty())));

        assertAwsError(mismatch, 403, "Sender", "SignatureDoesNotMatch");
        assertThat(mismatch.text()).contains("<ErrorResponse xmlns=\"" + namespace + "\">");
    }

    static AuditEvent eventFor(String requestId) {
        synchronized (audit) {
            return audit.stream().filter(e -> e.requestId().equals(requestId)).findFirst().orElseThrow();
        }
    }

    static Stream<Arguments> badSignedRequests() {
        return Stream.of(
                Arguments.of("missing Action", "Version=2011-06-15", "sts", 400, "MissingAction", "Missing Action"),
                Arguments.of("empty Action", "Action=&Version=2011-06-15", "sts", 400, "MissingAction", "Missing Action"),
                // Query parameter names are case-sensitive, as the botocore model spells them.
                Arguments.of("lower-case action", "action=GetCallerIdentity&Version=2011-06-15", "sts", 400,
                        "MissingAction", "Missing Action"),
                Arguments.of("lower-case version", "Action=GetCallerIdentity&version=2011-06-15", "sts", 400,
                        "InvalidAction", "Could not find operation GetCallerIdentity for version NO_VERSION_SPECIFIED"),
                Arguments.of("unknown Action", "Action=Nope&Version=2011-06-15", "sts", 400, "InvalidAction",
                        "Could not find operation Nope for version 2011-06-15"),
                Arguments.of("IAM version for STS", "Action=GetCallerIdentity&Version=2010-05-08", "sts", 400,
                        "InvalidAction", "Could not find operation GetCallerIdentity for version 2010-05-08"),
                Arguments.of("no Version", "Action=GetCallerIdentity", "sts", 400, "InvalidAction",
                        "Could not find operation GetCallerIdentity for version NO_VERSION_SPECIFIED"),
                Arguments.of("STS action signed for iam", "Action=GetCallerIdentity&Version=2011-06-15", "iam", 400,
                        "InvalidAction", "Could not find operation GetCallerIdentity for version 2011-06-15"),
                Arguments.of("malformed percent-encoding", "Action=GetCallerIdentity&Version=2011-06-15&X=%ZZ", "sts",
                        404, "MalformedQueryString", "Malformed query string: invalid percent-escape at offset 46."),
                Arguments.of("truncated percent-escape", "Action=GetCallerIdentity&Version=2011-06-15&X=%4", "sts",
                        404, "MalformedQueryString", "Malformed query string: incomplete percent-escape at offset 46."),
                Arguments.of("percent-encoded invalid UTF-8", "Action=GetCallerIdentity&Version=2011-06-15&X=%C3%28",
                        "sts", 404, "MalformedQueryString", "Malformed query string: invalid UTF-8 at offset 46."),
                Arguments.of("duplicate parameter", "Action=GetCallerIdentity&Version=2011-06-15&Version=2011-06-15",
                        "sts", 400, "InvalidQueryParameter", "The parameter Version occurs more than once."),
                // AWS's endpoint names its own service; here the Version names it (wire-protocol.md §0).
                Arguments.of("STS call signed for another service", "Action=GetCallerIdentity&Version=2011-06-15", "s3",
                        403, "SignatureDoesNotMatch", "Credential should be scoped to correct service: 'sts'. "),
                Arguments.of("IAM call signed for another service", "Action=ListUsers&Version=2010-05-08", "ec2",
                        403, "SignatureDoesNotMatch", "Credential should be scoped to correct service: 'iam'. "),
                Arguments.of("call without Version signed for another service", "Action=ListUsers", "ec2", 403,
                        "SignatureDoesNotMatch", "Credential should be scoped to correct service: 'iam' or 'sts'. "),
                Arguments.of("unreadable call signed for another service", "Action=ListUsers&Version=%ZZ", "ec2", 403,
                        "SignatureDoesNotMatch", "Credential should be scoped to correct service: 'iam' or 'sts'. "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSignedRequests")
    void badSignedRequestsGetAwsErrors(String name, String body, String service, int status, String code,
            String message) throws IOException {
        RawHttp.Response response = send(signed(service, body));

        assertAwsError(response, status, "Sender", code);
        assertThat(response.xmlText("Message")).isEqualTo(message);
    }

    @Test
    void rawInvalidUtf8BodyIsMalformedQueryString() throws IOException {
        byte[] body = {'A', 'c', 't', 'i', 'o', 'n', '=', (byte) 0xC3, (byte) 0x28};
        RawHttp.Response response = send(signed("sts", "/", body));

        assertAwsError(response, 404, "Sender", "MalformedQueryString");
        assertThat(response.xmlText("Message")).isEqualTo("The request body is not valid UTF-8 (byte offset 7).");
    }

    @Test
    void hugeBodyWithContentLengthIsRejectedBeforeReading() throws IOException {
        byte[] body = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) 'a');
        RawHttp.Response response = RawHttp.send(server.port(), rawPost("/", body, "Content-Type: " + FORM));

        assertAwsError(response, 413, "Sender", "RequestEntityTooLarge");
    }

    @Test
    void hugeChunkedBodyIsCutOff() throws IOException {
        StringBuilder raw = new StringBuilder("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
                + "Content-Type: " + FORM + "\r\nConnection: close\r\n\r\n");
        String chunk = "a".repeat(64 * 1024);
        for (int i = 0; i < 20; i++) {
            raw.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        raw.append("0\r\n\r\n");
        RawHttp.Response response = RawHttp.send(server.port(), raw.toString().getBytes(StandardCharsets.US_ASCII));

        assertAwsError(response, 413, "Sender", "RequestEntityTooLarge");
    }

    @Test
    void unsignedRequestForASignedOperationIsMissingAuthenticationToken() throws IOException {
        RawHttp.Response response = RawHttp.send(server.port(), rawPost("/",
                "Action=GetCallerIdentity&Version=2011-06-15".getBytes(StandardCharsets.UTF_8), "Content-Type: " + FORM));

        assertAwsError(response, 403, "Sender", "MissingAuthenticationToken");
        assertThat(response.xmlText("Message")).isEqualTo("Request is missing Authentication Token");
    }

    @Test
    void unsignedGarbageIsMissingAuthenticationTokenToo() throws IOException {
        RawHttp.Response response = RawHttp.send(server.port(), rawPost("/",
                "%%%&&==".getBytes(StandardCharsets.UTF_8), "Content-Type: " + FORM));

        assertAwsError(response, 403, "Sender", "MissingAuthenticationToken");
    }

    @Test
    void headerAndQuerySignatureTogetherAreRejected() throws IOException {
        SignedRequest request = signed("sts", "Action=GetCallerIdentity&Version=2011-06-15");
        SignedRequest both = new SignedRequest(request.method(), request.rawPath(),
                "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=00", request.headers(), request.body());

        assertAwsError(send(both), 400, "Sender", "InvalidParameterCombination");
    }

    @Test
    void twoAuthorizationHeadersAreIncompleteSignature() throws IOException {
        SignedRequest request = signed("sts", "Action=GetCallerIdentity&Version=2011-06-15");
        Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
        String authorization = request.header("authorization").orElseThrow();
        headers.put("authorization", List.of(authorization, authorization));

        assertAwsError(send(new SignedRequest(request.method(), request.rawPath(), request.rawQuery(), headers,
                request.body())), 400, "Sender", "IncompleteSignature");
    }

    @Test
    void incompleteAuthorizationHeaderNamesTheMissingParts() throws IOException {
        RawHttp.Response response = RawHttp.send(server.port(), rawPost("/",
                "Action=GetCallerIdentity&Version=2011-06-15".getBytes(StandardCharsets.UTF_8),
                "Authorization: AWS4-HMAC-SHA256 Credential=" + KEY + "/20261128/us-east-1/sts/aws4_request"));

        assertAwsError(response, 400, "Sender", "IncompleteSignature");
        assertThat(response.xmlText("Message")).isEqualTo("Authorization header requires 'Signature' parameter."
                + " Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence"
                + " of either a 'X-Amz-Date' or a 'Date' header. Authorization=AWS4-HMAC-SHA256 Credential=" + KEY
                + "/20261128/us-east-1/sts/aws4_request");
    }

    @Test
    void oversizedHeadersAreAnAwsShapedError() throws IOException {
        RawHttp.Response response = RawHttp.send(server.port(), rawPost("/", new byte[0],
                "X-Big: " + "x".repeat(WardenServer.MAX_REQUEST_HEADER_BYTES + 1)));

        assertAwsError(response, 431, "Sender", "RequestHeaderFieldsTooLarge");
    }

    @Test
    void garbageRequestLineIsAnAwsShapedError() throws IOException {
        RawHttp.Response response = RawHttp.send(server.port(),
                "GET /\u0001 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.xmlText("Code")).isEqualTo("MalformedHttpRequest");
    }

    @Test
    void otherMethodsAreMethodNotAllowed() throws IOException {
        RawHttp.Response response = RawHttp.send(server.port(),
                "PUT /x HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));

        assertAwsError(response, 405, "Sender", "MethodNotAllowed");
    }

    static byte[] rawPost(String path, byte[] body, String... headers) {
        StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(headBytes, headBytes.length + body.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }

    static byte[] rawGet(String path) {
        return ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }
}
