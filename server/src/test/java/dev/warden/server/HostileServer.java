package dev.warden.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.server.app.WardenApp;
import dev.warden.server.app.WardenAppSettings;
import dev.warden.server.auth.SdkSigner;
import dev.warden.server.auth.SignedRequest;
import dev.warden.server.s3.SignedHttpCall;
import dev.warden.server.testing.MutableClock;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;

/**
 * The Warden that {@link HostileInputTest} attacks: the whole app (IAM, STS, workload endpoints, S3,
 * decision gateway) on a free port with a server clock the tests can move, an extra user, a role, a
 * bucket and a registered workload; and the raw requests the cases are made of, signed with the
 * administrator's key by the SDK's signer and then altered, sent over a plain socket.
 */
final class HostileServer {

    static final String ACCOUNT = "111122223333";
    static final String IAM_VERSION = "Version=2010-05-08";
    static final String STS_VERSION = "Version=2011-06-15";
    static final String ALLOW_ALL = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"*\",\"Resource\":\"*\"}]}";
    static final String ROLE = "hostile-target";
    static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    static final MutableClock clock = new MutableClock();
    static WardenApp app;
    static AwsBasicCredentials admin;
    static String workloadId;
    static String workloadToken;

    private HostileServer() {}

    static void start(Path home) throws Exception {
        app = WardenApp.start(new WardenAppSettings(home, "127.0.0.1", 0, ACCOUNT, clock));
        List<String> lines = Files.readAllLines(app.home().credentialsFile());
        admin = AwsBasicCredentials.create(value(lines, "aws_access_key_id"), value(lines, "aws_secret_access_key"));
        String trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
                + "\"arn:aws:iam::" + ACCOUNT + ":root\"},\"Action\":[\"sts:AssumeRole\",\"sts:TagSession\"]}]}";
        RawHttp.Response created = iam("CreateRole", "RoleName", ROLE, "AssumeRolePolicyDocument", trust);
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        RawHttp.Response pathed = iam("CreateUser", "UserName", "pathed", "Path", "/team/");
        assertThat(pathed.status()).as(pathed.text()).isEqualTo(200);
        RawHttp.Response bucket = s3("PUT", "/hostile-bucket", new byte[0]);
        assertThat(bucket.status()).as(bucket.text()).isEqualTo(200);
        RawHttp.Response object = s3("PUT", "/hostile-bucket/presigned.txt", bytes("presigned content"));
        assertThat(object.status()).as(object.text()).isEqualTo(200);
        RawHttp.Response workload = register("{\"roleArn\":\"" + ROLE + "\",\"sessionName\":\"hostile\"}");
        assertThat(workload.status()).as(workload.text()).isEqualTo(200);
        workloadId = jsonText(workload.text(), "workloadId");
        workloadToken = jsonText(workload.text(), "authorizationToken");
    }

    static void stop() {
        app.close();
    }

    static RawHttp.Response register(String json) throws Exception {
        return RawHttp.send(port(), sign("POST", "/_warden/workloads", json, "sts",
                Map.of("Content-Type", "application/json"), Optional.empty()));
    }

    static RawHttp.Response iam(String action, String... pairs) throws Exception {
        String[] all = new String[pairs.length + 2];
        all[0] = "Action";
        all[1] = action;
        System.arraycopy(pairs, 0, all, 2, pairs.length);
        return query("iam", form(all) + "&" + IAM_VERSION);
    }

    /** DER: {@code depth} SEQUENCEs inside each other (long-form lengths), for parsers that recurse. */
    static byte[] nestedAsn1(int depth) {
        byte[] inner = new byte[0];
        for (int i = 0; i < depth; i++) {
            int length = inner.length;
            byte[] header = length < 128 ? new byte[] {0x30, (byte) length}
                    : length < 256 ? new byte[] {0x30, (byte) 0x81, (byte) length}
                    : length < 65_536 ? new byte[] {0x30, (byte) 0x82, (byte) (length >> 8), (byte) length}
                    : new byte[] {0x30, (byte) 0x83, (byte) (length >> 16), (byte) (length >> 8), (byte) length};
            inner = concat(header, inner);
        }
        return inner;
    }

    static String containerPath() {
        return "/_warden/workloads/" + workloadId + "/credentials";
    }

    static String imdsPath() {
        return "/_warden/imds/" + workloadId + "/latest/meta-data/iam/security-credentials/";
    }

    static byte[] imdsToken(String ttl) {
        return bytes("PUT /_warden/imds/" + workloadId + "/latest/api/token HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "X-aws-ec2-metadata-token-ttl-seconds: " + ttl + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    }

    /** The error code of an XML (Query, S3) or JSON (workload endpoints) error body. */
    static String code(RawHttp.Response response) {
        String text = response.text().strip();
        if (text.startsWith("{")) {
            String code = jsonText(text, "Code");
            return code.isEmpty() ? jsonText(text, "__type") : code;
        }
        return response.xmlText("Code");
    }

    static String jsonText(String json, String field) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path(field).asText();
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    // ---- requests --------------------------------------------------------------------------------

    static int port() {
        return app.port();
    }

    static String url(String pathAndQuery) {
        return "http://127.0.0.1:" + port() + pathAndQuery;
    }

    static Map<String, String> formType() {
        return Map.of("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
    }

    static SignedRequest sign(String method, String pathAndQuery, String body, String service,
            Map<String, String> headers, Optional<String> sessionToken) {
        return sign(method, pathAndQuery, body, service, headers, sessionToken, clock.instant(), Optional.empty());
    }

    static SignedRequest sign(String method, String pathAndQuery, String body, String service,
            Map<String, String> headers, Optional<String> sessionToken, java.time.Instant at,
            Optional<Duration> presignedFor) {
        return SdkSigner.sign(new SdkSigner.Spec(method, url(pathAndQuery), body, headers, service, "us-east-1", at,
                admin.accessKeyId(), admin.secretAccessKey(), sessionToken, presignedFor));
    }

    static RawHttp.Response query(String service, String body) throws Exception {
        return query(service, bytes(body));
    }

    static RawHttp.Response query(String service, byte[] body) throws Exception {
        return RawHttp.send(port(), SdkSigner.sign(new SdkSigner.Spec("POST", url("/"), "", formType(), service,
                "us-east-1", clock.instant(), admin.accessKeyId(), admin.secretAccessKey(), Optional.empty(),
                Optional.empty()), body));
    }

    static RawHttp.Response query(String service, String body, Map<String, String> headers) throws Exception {
        return RawHttp.send(port(), sign("POST", "/", body, service, headers, Optional.empty()));
    }

    static RawHttp.Response signedGet(String service, String rawQuery) throws Exception {
        return RawHttp.send(port(), sign("GET", "/?" + rawQuery, "", service, Map.of(), Optional.empty()));
    }

    static RawHttp.Response createPolicy(String name, String document) throws Exception {
        return query("iam", form("Action", "CreatePolicy", "PolicyName", name, "PolicyDocument", document) + "&"
                + IAM_VERSION);
    }

    static String condition(String operator, String key, String rawValue) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\","
                + "\"Condition\":{\"" + operator + "\":{\"" + key + "\":" + rawValue + "}}}]}";
    }

    static RawHttp.Response simulate(String policy, String resource, Map<String, String> context) throws Exception {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("Action", "SimulateCustomPolicy");
        params.put("PolicyInputList.member.1", policy);
        params.put("ActionNames.member.1", "s3:GetObject");
        params.put("ResourceArns.member.1", resource);
        int i = 1;
        for (var entry : context.entrySet()) {
            params.put("ContextEntries.member." + i + ".ContextKeyName", entry.getKey());
            params.put("ContextEntries.member." + i + ".ContextKeyType", "string");
            params.put("ContextEntries.member." + i + ".ContextKeyValues.member.1", entry.getValue());
            i++;
        }
        return query("iam", form(params) + "&" + IAM_VERSION);
    }

    static String roleArn() {
        return "arn:aws:iam::" + ACCOUNT + ":role/" + ROLE;
    }

    static String assumeRoleForm() {
        return form("Action", "AssumeRole", "RoleArn", roleArn(), "RoleSessionName", "hostile") + "&" + STS_VERSION;
    }

    static RawHttp.Response assumeRole(String name, String value) throws Exception {
        return query("sts", assumeRoleForm() + "&" + form(name, value));
    }

    /** A signed ListUsers whose Authorization header is rewritten after signing. */
    static RawHttp.Response withAuthorization(UnaryOperator<String> rewrite) throws Exception {
        return withHeader("Authorization", rewrite);
    }

    static RawHttp.Response withHeader(String header, UnaryOperator<String> rewrite) throws Exception {
        SignedRequest signed = sign("POST", "/", "Action=ListUsers&" + IAM_VERSION, "iam", formType(), Optional.empty());
        Map<String, List<String>> headers = new LinkedHashMap<>();
        signed.headers().forEach((name, values) -> headers.put(name,
                name.equalsIgnoreCase(header) ? values.stream().map(rewrite).toList() : values));
        return RawHttp.send(port(), new SignedRequest(signed.method(), signed.rawPath(), signed.rawQuery(), headers,
                signed.body()));
    }

    static RawHttp.Response presigned(java.time.Instant at, Duration expires, UnaryOperator<String> rewriteQuery)
            throws Exception {
        SignedRequest signed = sign("GET", "/?Action=ListUsers&" + IAM_VERSION, "", "iam", Map.of(), Optional.empty(),
                at, Optional.of(expires));
        return RawHttp.send(port(), new SignedRequest(signed.method(), signed.rawPath(),
                rewriteQuery.apply(signed.rawQuery()), signed.headers(), signed.body()));
    }

    /**
     * A GetObject of {@code presigned.txt} presigned by the SDK's S3Presigner, its query rewritten, sent
     * while the server's clock is moved by {@code serverClockShift}.
     */
    static RawHttp.Response s3Presigned(Duration serverClockShift, UnaryOperator<String> rewriteQuery)
            throws Exception {
        java.net.URL url;
        try (var presigner = software.amazon.awssdk.services.s3.presigner.S3Presigner.builder()
                .endpointOverride(java.net.URI.create(url("")))
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .serviceConfiguration(software.amazon.awssdk.services.s3.S3Configuration.builder()
                        .pathStyleAccessEnabled(true).build())
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(admin))
                .build()) {
            url = presigner.presignGetObject(r -> r.signatureDuration(Duration.ofMinutes(5))
                    .getObjectRequest(g -> g.bucket("hostile-bucket").key("presigned.txt"))).url();
        }
        clock.advance(serverClockShift);
        try {
            return RawHttp.send(port(), bytes("GET " + url.getPath() + "?" + rewriteQuery.apply(url.getQuery())
                    + " HTTP/1.1\r\nHost: 127.0.0.1:" + port() + "\r\nConnection: close\r\n\r\n"));
        } finally {
            clock.advance(serverClockShift.negated());
        }
    }

    /** A GetCallerIdentity signed with a fresh session's key and a rewritten session token. */
    static RawHttp.Response withSessionToken(UnaryOperator<String> rewrite) throws Exception {
        RawHttp.Response session = query("sts", "Action=GetSessionToken&DurationSeconds=900&" + STS_VERSION);
        assertThat(session.status()).as(session.text()).isEqualTo(200);
        SignedRequest request = SdkSigner.sign(new SdkSigner.Spec("POST", url("/"), "Action=GetCallerIdentity&"
                + STS_VERSION, formType(), "sts", "us-east-1", clock.instant(), session.xmlText("AccessKeyId"),
                session.xmlText("SecretAccessKey"), Optional.of(rewrite.apply(session.xmlText("SessionToken"))),
                Optional.empty()));
        return RawHttp.send(port(), request);
    }

    static byte[] get(String path, String headers) {
        return bytes("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "Connection: close\r\n\r\n");
    }

    static RawHttp.Response s3(String method, String pathAndQuery, byte[] body) {
        return s3(method, pathAndQuery, body, Map.of());
    }

    static RawHttp.Response s3(String method, String pathAndQuery, byte[] body, Map<String, String> headers) {
        var response = SignedHttpCall.send(port(), method, pathAndQuery, headers, body, "s3", admin,
                SignedHttpCall.Payload.SIGNED);
        Map<String, List<String>> answered = new LinkedHashMap<>();
        response.headers().map().forEach((k, v) -> answered.put(k.toLowerCase(java.util.Locale.ROOT), v));
        return new RawHttp.Response(response.statusCode(), answered, bytes(response.body()));
    }

    static RawHttp.Response gateway(String service, String target, String body) {
        return rest(service, "POST", "/", body, Map.of("X-Amz-Target", target,
                "Content-Type", "application/x-amz-json-1.1"));
    }

    static RawHttp.Response rest(String service, String method, String path, String body) {
        return rest(service, method, path, body, Map.of("Content-Type", "application/json"));
    }

    static RawHttp.Response rest(String service, String method, String path, String body, Map<String, String> headers) {
        var response = SignedHttpCall.send(port(), method, path, headers, bytes(body), service, admin,
                SignedHttpCall.Payload.SIGNED);
        Map<String, List<String>> answered = new LinkedHashMap<>();
        response.headers().map().forEach((k, v) -> answered.put(k.toLowerCase(java.util.Locale.ROOT), v));
        return new RawHttp.Response(response.statusCode(), answered, bytes(response.body()));
    }

    /** The signed request sent to another raw path (one no URI class would accept). */
    static SignedRequest retargeted(SignedRequest signed, String rawPath) {
        return new SignedRequest(signed.method(), rawPath, signed.rawQuery(), signed.headers(), signed.body());
    }

    /** The signed request sent with chunked transfer instead of its signed Content-Length. */
    static byte[] rechunked(SignedRequest signed) {
        StringBuilder head = new StringBuilder(signed.method() + " " + signed.rawPath() + " HTTP/1.1\r\n");
        signed.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Length")) {
                values.forEach(v -> head.append(name).append(": ").append(v).append("\r\n"));
            }
        });
        head.append("Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
        return concat(bytes(head.toString()), chunkedBody(signed.body()));
    }

    static byte[] chunked(byte[] body) {
        return concat(bytes("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"), chunkedBody(body));
    }

    static byte[] chunkedBody(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int offset = 0; offset < body.length; offset += 8192) {
            int length = Math.min(8192, body.length - offset);
            out.writeBytes(bytes(Integer.toHexString(length) + "\r\n"));
            out.write(body, offset, length);
            out.writeBytes(bytes("\r\n"));
        }
        out.writeBytes(bytes("0\r\n\r\n"));
        return out.toByteArray();
    }

    // ---- data ------------------------------------------------------------------------------------

    /** Users, roles, local policies and buckets as the API lists them, without request ids. */
    static String snapshot() throws Exception {
        StringBuilder all = new StringBuilder();
        for (String action : List.of("ListUsers", "ListRoles", "ListPolicies&Scope=Local", "ListGroups")) {
            RawHttp.Response listed = query("iam", "Action=" + action + "&" + IAM_VERSION);
            assertThat(listed.status()).as(listed.text()).isEqualTo(200);
            all.append(listed.text().replaceAll("<RequestId>[^<]*</RequestId>", ""));
        }
        all.append(s3("GET", "/", new byte[0]).text().replaceAll("<RequestId>[^<]*</RequestId>", ""));
        return all.toString();
    }

    static Set<String> filesOutsideS3(Path home) throws Exception {
        try (Stream<Path> files = Files.walk(home)) {
            return files.filter(p -> !p.startsWith(home.resolve("s3"))).map(p -> home.relativize(p).toString())
                    .filter(name -> !name.contains("audit") && !name.endsWith("-wal") && !name.endsWith("-shm")
                            && !name.endsWith("-journal"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    static String form(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return form(map);
    }

    static String form(Map<String, String> params) {
        List<String> parts = new ArrayList<>();
        params.forEach((name, value) -> parts.add(enc(name) + "=" + enc(value)));
        return String.join("&", parts);
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static String value(List<String> lines, String key) {
        return lines.stream().filter(line -> line.startsWith(key)).map(line -> line.substring(line.indexOf('=') + 1).strip())
                .findFirst().orElseThrow();
    }
}
