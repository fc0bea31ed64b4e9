package dev.warden.server;

import static dev.warden.server.HostileServer.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.server.app.WardenApp;
import dev.warden.server.auth.SdkSigner;
import dev.warden.server.auth.SignedRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input against the whole server (WardenApp: IAM, STS, workload endpoints, S3) over raw
 * HTTP: every request gets an AWS-shaped error with AWS's code and status, never a 500, a stack trace
 * or a hang, and afterwards the server still answers a signed call and its IAM data is unchanged.
 */
@Timeout(value = 60)
class HostileInputTest {

    @TempDir
    static Path folder;

    private String snapshotBefore;

    @BeforeAll
    static void start() throws Exception {
        HostileServer.start(folder.resolve("home"));
    }

    @AfterAll
    static void stop() {
        HostileServer.stop();
    }

    @BeforeEach
    void rememberData() throws Exception {
        snapshotBefore = snapshot();
    }

    /** After each hostile request: a normal signed call still works and the stored IAM data is as before. */
    @AfterEach
    void stillServingTheSameData() throws Exception {
        RawHttp.Response identity = query("sts", "Action=GetCallerIdentity&" + STS_VERSION);
        assertThat(identity.status()).as(identity.text()).isEqualTo(200);
        assertThat(identity.xmlText("Account")).isEqualTo(ACCOUNT);
        assertThat(snapshot()).isEqualTo(snapshotBefore);
        // The hostile request's audit record (NUL bytes, 10,000 parameters, huge values) was stored.
        app.home().audit().flush();
        assertThat(app.home().audit().lostRecords()).isZero();
    }

    // ---- the cases -------------------------------------------------------------------------------

    /** One hostile request and what AWS answers it with; {@code codes} lists the acceptable codes. */
    record Case(String name, Request request, int status, Set<String> codes) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Request {
        RawHttp.Response send() throws Exception;
    }

    static Case c(String name, int status, String code, Request request) {
        return new Case(name, request, status, Set.of(code));
    }

    static Case c(String name, int status, Set<String> codes, Request request) {
        return new Case(name, request, status, codes);
    }

    static Stream<Case> queryApi() {
        String manyParams = IntStream.range(0, 10_000).mapToObj(i -> "P" + i + "=v").collect(Collectors.joining("&"));
        String manyTags = IntStream.rangeClosed(1, 10_000)
                .mapToObj(i -> "Tags.member." + i + ".Key=k" + i + "&Tags.member." + i + ".Value=v")
                .collect(Collectors.joining("&"));
        return Stream.of(
                c("missing Action", 400, "MissingAction", () -> query("iam", IAM_VERSION)),
                c("empty Action", 400, "MissingAction", () -> query("iam", "Action=&" + IAM_VERSION)),
                c("duplicate Action", 400, "InvalidQueryParameter",
                        () -> query("iam", "Action=ListUsers&Action=GetUser&" + IAM_VERSION)),
                c("unknown Version", 400, "InvalidAction", () -> query("iam", "Action=ListUsers&Version=2099-01-01")),
                c("missing Version", 400, "InvalidAction", () -> query("iam", "Action=ListUsers")),
                c("unknown Action", 400, "InvalidAction", () -> query("iam", "Action=StealEverything&" + IAM_VERSION)),
                c("STS action on IAM", 400, "InvalidAction", () -> query("iam", "Action=AssumeRole&" + IAM_VERSION)),
                c("bad percent-encoding", 404, "MalformedQueryString",
                        () -> query("iam", "Action=GetUser&UserName=%zz&" + IAM_VERSION)),
                c("truncated percent-encoding", 404, "MalformedQueryString",
                        () -> query("iam", "Action=GetUser&" + IAM_VERSION + "&UserName=%4")),
                c("invalid UTF-8 encoded", 404, "MalformedQueryString",
                        () -> query("iam", "Action=GetUser&UserName=%C3%28&" + IAM_VERSION)),
                c("invalid UTF-8 raw bytes", 404, "MalformedQueryString", () -> query("iam",
                        concat(bytes("Action=GetUser&" + IAM_VERSION + "&UserName=a"), new byte[] {(byte) 0xff, 'b'}))),
                c("NUL byte in a name", 400, "ValidationError",
                        () -> query("iam", "Action=GetUser&UserName=a%00b&" + IAM_VERSION)),
                c("NUL byte in a parameter name", 400, Set.of("ValidationError", "MissingAction"),
                        () -> query("iam", "Action%00=GetUser&" + IAM_VERSION)),
                c("1 MB value", 413, "RequestEntityTooLarge", () -> query("iam",
                        "Action=GetUser&" + IAM_VERSION + "&UserName=" + "a".repeat(1024 * 1024 + 10))),
                c("100 KB user name", 400, "ValidationError", () -> query("iam",
                        "Action=GetUser&" + IAM_VERSION + "&UserName=" + "a".repeat(100_000))),
                c("10,000 parameters", 200, "", () -> query("iam", "Action=ListUsers&" + IAM_VERSION + "&" + manyParams)),
                c("10,000 tags", 400, Set.of("ValidationError", "LimitExceeded"),
                        () -> query("iam", "Action=TagUser&UserName=admin&" + IAM_VERSION + "&" + manyTags)),
                c("body over the limit, declared", 413, "RequestEntityTooLarge", () -> RawHttp.send(port(),
                        bytes("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                                + "Content-Length: 5000000\r\nConnection: close\r\n\r\nAction=ListUsers"))),
                c("body over the limit, chunked", 413, "RequestEntityTooLarge", () -> RawHttp.send(port(),
                        chunked(bytes("Action=ListUsers&" + IAM_VERSION + "&P=" + "x".repeat(1_100_000))))),
                c("wrong Content-Type", 200, "", () -> query("iam", "Action=ListUsers&" + IAM_VERSION,
                        Map.of("Content-Type", "application/json"))),
                c("GET with a query string", 200, "", () -> signedGet("iam", "Action=ListUsers&" + IAM_VERSION)),
                c("GET with an invalid query string", 404, "MalformedQueryString",
                        () -> presigned(clock.instant(), Duration.ofMinutes(5), q -> q + "&UserName=%GG")),
                c("GET with a query string of 30 KB", 400, "ValidationError", () -> signedGet("iam", "Action=ListUsers&"
                        + IAM_VERSION + "&PathPrefix=%2F" + "a".repeat(30_000))),
                c("GET with a query string of 40 KB", 414, "MalformedHttpRequest", () -> signedGet("iam",
                        "Action=ListUsers&" + IAM_VERSION + "&PathPrefix=%2F" + "a".repeat(40_000))),
                c("parameter in query string and body", 400, "InvalidQueryParameter", () -> RawHttp.send(port(),
                        sign("POST", "/?Action=ListUsers", "Action=ListUsers&" + IAM_VERSION, "iam", Map.of(),
                                Optional.empty()))),
                c("empty body", 400, "MissingAction", () -> query("iam", "")),
                c("unsigned empty body", 403, "MissingAuthenticationToken", () -> RawHttp.send(port(),
                        bytes("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"))),
                c("chunked body after signing a length", 403, "SignatureDoesNotMatch", () -> RawHttp.send(port(),
                        rechunked(sign("POST", "/", "Action=ListUsers&" + IAM_VERSION, "iam",
                                Map.of("Content-Type", "application/x-www-form-urlencoded"), Optional.empty())))),
                c("malformed chunk size", 400, "MalformedHttpRequest", () -> RawHttp.send(port(), bytes(
                        "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                                + "zz\r\nAction=ListUsers\r\n0\r\n\r\n"))),
                c("member index 999999999", 400, Set.of("InvalidQueryParameter", "ValidationError"),
                        () -> query("iam", "Action=TagUser&UserName=admin&" + IAM_VERSION
                                + "&Tags.member.999999999.Key=k&Tags.member.999999999.Value=v")),
                c("member index 2^40", 400, Set.of("InvalidQueryParameter", "ValidationError"),
                        () -> query("iam", "Action=TagUser&UserName=admin&" + IAM_VERSION
                                + "&Tags.member.1099511627776.Key=k&Tags.member.1099511627776.Value=v")),
                c("negative member index", 400, "InvalidQueryParameter", () -> query("iam",
                        "Action=TagUser&UserName=admin&" + IAM_VERSION + "&Tags.member.-1.Key=k&Tags.member.-1.Value=v")),
                c("member index zero", 400, "InvalidQueryParameter", () -> query("iam",
                        "Action=TagUser&UserName=admin&" + IAM_VERSION + "&Tags.member.0.Key=k&Tags.member.0.Value=v")),
                c("MaxItems 0", 400, "ValidationError", () -> query("iam", "Action=ListUsers&MaxItems=0&" + IAM_VERSION)),
                c("MaxItems -1", 400, "ValidationError", () -> query("iam", "Action=ListUsers&MaxItems=-1&" + IAM_VERSION)),
                c("MaxItems 1001", 400, "ValidationError",
                        () -> query("iam", "Action=ListUsers&MaxItems=1001&" + IAM_VERSION)),
                c("MaxItems abc", 400, "InvalidParameterValue",
                        () -> query("iam", "Action=ListUsers&MaxItems=abc&" + IAM_VERSION)),
                c("MaxItems beyond int", 400, Set.of("InvalidParameterValue", "ValidationError"),
                        () -> query("iam", "Action=ListUsers&MaxItems=99999999999999999999&" + IAM_VERSION)),
                c("Marker garbage", 400, "InvalidInput",
                        () -> query("iam", "Action=ListUsers&Marker=%25%25%25garbage&" + IAM_VERSION)),
                c("Marker base64 of garbage", 400, "InvalidInput", () -> query("iam", "Action=ListRoles&" + IAM_VERSION
                        + "&Marker=" + enc(Base64.getEncoder().encodeToString(new byte[] {1, 2, 3, (byte) 0xff})))),
                c("Marker of 100 KB", 400, Set.of("InvalidInput", "ValidationError"), () -> query("iam",
                        "Action=ListUsers&" + IAM_VERSION + "&Marker=" + "A".repeat(100_000))),
                c("user name with a dotless i", 400, "ValidationError",
                        () -> query("iam", form("Action", "CreateUser", "UserName", "admın") + "&" + IAM_VERSION)),
                c("user name with a fullwidth letter", 400, "ValidationError",
                        () -> query("iam", form("Action", "GetUser", "UserName", "ａdmin") + "&" + IAM_VERSION)),
                c("path with unicode", 400, "ValidationError", () -> query("iam",
                        form("Action", "CreateUser", "UserName", "p4", "Path", "/té/") + "&" + IAM_VERSION)),
                c("role description with an emoji", 400, "ValidationError", () -> query("iam",
                        form("Action", "UpdateRole", "RoleName", ROLE, "Description", "hi 😀") + "&" + IAM_VERSION)),
                c("role description of 1,001 characters", 400, "ValidationError", () -> query("iam",
                        form("Action", "UpdateRole", "RoleName", ROLE, "Description", "d".repeat(1_001)) + "&"
                                + IAM_VERSION)),
                c("tag value with an emoji", 400, "ValidationError", () -> query("iam", form("Action", "TagUser",
                        "UserName", "admin", "Tags.member.1.Key", "k", "Tags.member.1.Value", "😀") + "&" + IAM_VERSION)),
                c("user name with a space", 400, "ValidationError",
                        () -> query("iam", form("Action", "CreateUser", "UserName", "a b") + "&" + IAM_VERSION)),
                c("user name of 65 characters", 400, "ValidationError",
                        () -> query("iam", form("Action", "CreateUser", "UserName", "u".repeat(65)) + "&" + IAM_VERSION)),
                c("path without leading slash", 400, "ValidationError", () -> query("iam",
                        form("Action", "CreateUser", "UserName", "p1", "Path", "team/") + "&" + IAM_VERSION)),
                c("path without trailing slash", 400, "ValidationError", () -> query("iam",
                        form("Action", "CreateUser", "UserName", "p2", "Path", "/team") + "&" + IAM_VERSION)),
                c("path of 513 characters", 400, "ValidationError", () -> query("iam",
                        form("Action", "CreateUser", "UserName", "p3", "Path", "/" + "a".repeat(511) + "/") + "&"
                                + IAM_VERSION)),
                c("path prefix without slash", 400, "ValidationError",
                        () -> query("iam", form("Action", "ListUsers", "PathPrefix", "team") + "&" + IAM_VERSION)),
                c("HTTP method PUT on the Query endpoint", 405, "MethodNotAllowed", () -> RawHttp.send(port(),
                        bytes("PUT / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"))),
                c("garbage request line", 400, "MalformedHttpRequest",
                        () -> RawHttp.send(port(), bytes("HELLO\r\n\r\n"))),
                c("XML in an unknown Action", 400, "InvalidAction",
                        () -> query("iam", form("Action", "<x>&\"]]>", "Version", "2010-05-08"))),
                c("XML in an unknown Version", 400, "InvalidAction",
                        () -> query("iam", form("Action", "ListUsers", "Version", "<v>&amp;"))),
                c("Action of 50 KB", 400, "InvalidAction",
                        () -> query("iam", "Action=" + "A".repeat(50_000) + "&" + IAM_VERSION)),
                c("user name of control characters", 400, "ValidationError", () -> query("iam",
                        form("Action", "GetUser", "UserName", "\u0001\u0002\u007f") + "&" + IAM_VERSION)),
                c("user name of a lone surrogate", 404, "MalformedQueryString",
                        () -> query("iam", "Action=GetUser&UserName=%ED%A0%80&" + IAM_VERSION)),
                c("tag key of 129 characters", 400, "ValidationError", () -> query("iam", form("Action", "TagUser",
                        "UserName", "admin", "Tags.member.1.Key", "k".repeat(129), "Tags.member.1.Value", "v") + "&"
                        + IAM_VERSION)),
                c("tag value of 257 characters", 400, "ValidationError", () -> query("iam", form("Action", "TagUser",
                        "UserName", "admin", "Tags.member.1.Key", "k", "Tags.member.1.Value", "v".repeat(257)) + "&"
                        + IAM_VERSION)),
                c("51 tags", 400, Set.of("ValidationError", "LimitExceeded"), () -> query("iam",
                        "Action=TagUser&UserName=admin&" + IAM_VERSION + "&" + IntStream.rangeClosed(1, 51)
                                .mapToObj(i -> "Tags.member." + i + ".Key=k" + i + "&Tags.member." + i + ".Value=v")
                                .collect(Collectors.joining("&")))),
                c("list member without index", 400, "InvalidQueryParameter", () -> query("iam",
                        "Action=TagUser&UserName=admin&" + IAM_VERSION + "&Tags.member..Key=k&Tags.member..Value=v")),
                // Read as an empty list (as "Tags=" is): nothing to tag.
                c("list as a plain value", 200, "", () -> query("iam",
                        "Action=TagUser&UserName=admin&" + IAM_VERSION + "&Tags=k")),
                c("boolean that is no boolean", 400, Set.of("InvalidParameterValue", "ValidationError"),
                        () -> query("iam", form("Action", "UpdateAccountPasswordPolicy", "RequireSymbols", "maybe")
                                + "&" + IAM_VERSION)),
                c("10,000 headers", 431, "RequestHeaderFieldsTooLarge", () -> RawHttp.send(port(), bytes(
                        "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + "X-A: b\r\n".repeat(10_000)
                                + "Content-Length: 0\r\nConnection: close\r\n\r\n"))),
                c("Content-Length and Transfer-Encoding", 400, "MalformedHttpRequest", () -> RawHttp.send(port(), bytes(
                        "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n"
                                + "Connection: close\r\n\r\n0\r\n\r\n"))),
                c("two Content-Lengths", 400, "MalformedHttpRequest", () -> RawHttp.send(port(), bytes(
                        "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\nContent-Length: 7\r\n"
                                + "Connection: close\r\n\r\nhello"))),
                c("negative Content-Length", 400, "MalformedHttpRequest", () -> RawHttp.send(port(), bytes(
                        "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -1\r\nConnection: close\r\n\r\n"))),
                c("no Host header", 400, "MalformedHttpRequest", () -> RawHttp.send(port(), bytes(
                        "POST / HTTP/1.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"))),
                c("header without a colon", 400, "MalformedHttpRequest", () -> RawHttp.send(port(), bytes(
                        "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nbroken header\r\nConnection: close\r\n\r\n"))),
                c("gzip transfer coding", 403, "MissingAuthenticationToken", () -> RawHttp.send(port(), bytes(
                        "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: gzip, chunked\r\n"
                                + "Connection: close\r\n\r\n0\r\n\r\n"))),
                c("method of 10 KB", 405, "MethodNotAllowed", () -> RawHttp.send(port(), bytes(
                        "G".repeat(10_000) + " / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"))),
                c("OPTIONS *", 405, "MethodNotAllowed", () -> RawHttp.send(port(), bytes(
                        "OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"))),
                c("absolute-form request target", 200, "", () -> RawHttp.send(port(), retargeted(sign("POST", "/",
                        "Action=ListUsers&" + IAM_VERSION, "iam", formType(), Optional.empty()),
                        "http://127.0.0.1:" + port() + "/"))),
                c("empty pairs in the form", 200, "", () -> query("iam", "&&Action=ListUsers&&" + IAM_VERSION + "&&")),
                c("a pair without a name", 404, "MalformedQueryString", () -> query("iam",
                        "Action=ListUsers&=value&" + IAM_VERSION)),
                c("a pair without a value", 200, "", () -> query("iam", "Action=ListUsers&" + IAM_VERSION + "&Flag")),
                c("TRACE", 405, "MethodNotAllowed", () -> RawHttp.send(port(), bytes(
                        "TRACE / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"))),
                c("an unknown method on a workload path", 405, "MethodNotAllowed", () -> RawHttp.send(port(), bytes(
                        "BREW /_warden/workloads HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"))),
                c("HTTP/2 preface on HTTP/1.1", 426, "MalformedHttpRequest", () -> RawHttp.send(port(),
                        bytes("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"))));
    }

    static Stream<Case> policyDocuments() {
        String nested = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        String nestedArrays = "[".repeat(10_000) + "]".repeat(10_000);
        String catastrophic = "*a".repeat(60) + "*b";
        String longSubject = "a".repeat(2_000);
        return Stream.of(
                // The managed quota (6,144 characters) is checked before the grammar, so these are LimitExceeded.
                c("10,000 levels of objects", 409, "LimitExceeded", () -> createPolicy("deep", nested)),
                c("10,000 levels of arrays in a statement", 409, "LimitExceeded",
                        () -> createPolicy("deep-arrays", "{\"Version\":\"2012-10-17\",\"Statement\":" + nestedArrays + "}")),
                c("10,000 levels in an inline policy", 400, "MalformedPolicyDocument",
                        () -> query("iam", form("Action", "PutUserPolicy", "UserName", "admin", "PolicyName", "deep",
                                "PolicyDocument", "[".repeat(5_000) + "]".repeat(5_000)) + "&" + IAM_VERSION)),
                c("10,000 levels in a session policy", 400, "MalformedPolicyDocument",
                        () -> assumeRole("Policy", "[".repeat(1_000) + "]".repeat(1_000))),
                c("1 MB document", 413, "RequestEntityTooLarge",
                        () -> createPolicy("huge", "{\"Version\":\"2012-10-17\",\"Sid\":\"" + "x".repeat(1_100_000) + "\"}")),
                c("document over 131,072 characters", 400, "ValidationError",
                        () -> createPolicy("long", "{\"Version\":\"2012-10-17\",\"Sid\":\"" + "x".repeat(140_000) + "\"}")),
                c("duplicate keys", 400, "MalformedPolicyDocument", () -> createPolicy("dup",
                        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Effect\":\"Deny\","
                                + "\"Action\":\"s3:*\",\"Resource\":\"*\"}]}")),
                c("invalid JSON", 400, "MalformedPolicyDocument", () -> createPolicy("invalid", "{\"Version\":")),
                c("not JSON at all", 400, "MalformedPolicyDocument", () -> createPolicy("text", "allow everything")),
                c("trailing garbage", 400, "MalformedPolicyDocument", () -> createPolicy("trailing", ALLOW_ALL + "}}")),
                c("huge number in a condition", 400, "MalformedPolicyDocument", () -> createPolicy("num",
                        condition("NumericLessThan", "s3:max-keys", "1" + "0".repeat(5_000)))),
                // Parsed but not compilable: stored, they would fail every later decision with a 500.
                c("huge exponent in a condition", 400, "MalformedPolicyDocument", () -> createPolicy("exp",
                        condition("NumericLessThan", "s3:max-keys", "1e999999999"))),
                c("number that is no number", 400, "MalformedPolicyDocument", () -> createPolicy("nan",
                        condition("NumericLessThan", "s3:max-keys", "\"abc\""))),
                c("date that is no date", 400, "MalformedPolicyDocument", () -> createPolicy("date",
                        condition("DateLessThan", "aws:CurrentTime", "\"yesterday\""))),
                c("address that is no address", 400, "MalformedPolicyDocument", () -> createPolicy("ip",
                        condition("IpAddress", "aws:SourceIp", "\"999.1.1.1/99\""))),
                c("binary that is no base64", 400, "MalformedPolicyDocument", () -> createPolicy("bin",
                        condition("BinaryEquals", "aws:SourceIp", "\"!!!\""))),
                c("inline policy with a bad number", 400, "MalformedPolicyDocument", () -> query("iam", form(
                        "Action", "PutUserPolicy", "UserName", "admin", "PolicyName", "bad-number", "PolicyDocument",
                        condition("NumericLessThan", "s3:max-keys", "1e999999999")) + "&" + IAM_VERSION)),
                c("trust policy with a bad date", 400, "MalformedPolicyDocument", () -> query("iam", form(
                        "Action", "CreateRole", "RoleName", "bad-date", "AssumeRolePolicyDocument",
                        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},"
                                + "\"Action\":\"sts:AssumeRole\",\"Condition\":{\"DateGreaterThan\":"
                                + "{\"aws:CurrentTime\":\"soon\"}}}]}") + "&" + IAM_VERSION)),
                c("session policy with a bad address", 400, "MalformedPolicyDocument", () -> assumeRole("Policy",
                        condition("IpAddress", "aws:SourceIp", "\"300.0.0.0/8\""))),
                c("federation policy with a bad date", 400, "MalformedPolicyDocument", () -> query("sts", form(
                        "Action", "GetFederationToken", "Name", "fed", "Policy",
                        condition("DateLessThan", "aws:CurrentTime", "\"2026-13-45\"")) + "&" + STS_VERSION)),
                c("simulated policy with a bad number", 400, "MalformedPolicyDocument", () -> simulate(
                        condition("NumericLessThan", "s3:max-keys", "1e999999999"), "arn:aws:s3:::b/k", Map.of())),
                c("catastrophic Resource wildcard", 200, "", () -> simulate(
                        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                                + "\"Resource\":\"arn:aws:s3:::" + catastrophic + "\"}]}",
                        "arn:aws:s3:::" + longSubject, Map.of())),
                c("catastrophic StringLike value", 200, "", () -> simulate(
                        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                                + "\"Resource\":\"*\",\"Condition\":{\"StringLike\":{\"aws:PrincipalTag/t\":\""
                                + catastrophic + "\"}}}]}",
                        "arn:aws:s3:::bucket/key", Map.of("aws:PrincipalTag/t", longSubject))),
                c("catastrophic ? and * mix", 200, "", () -> simulate(
                        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                                + "\"Resource\":\"arn:aws:s3:::" + "*?".repeat(60) + "b\"}]}",
                        "arn:aws:s3:::" + longSubject, Map.of())));
    }

    static Stream<Case> signatures() {
        return Stream.of(
                c("Authorization without parts", 400, "IncompleteSignature",
                        () -> withAuthorization(auth -> "AWS4-HMAC-SHA256")),
                c("Authorization without Signature", 400, "IncompleteSignature",
                        () -> withAuthorization(auth -> auth.substring(0, auth.indexOf(", Signature=")))),
                c("Authorization without Credential", 400, "IncompleteSignature",
                        () -> withAuthorization(auth -> "AWS4-HMAC-SHA256 " + auth.substring(auth.indexOf("SignedHeaders=")))),
                // Empty parts are skipped; the signature itself still has to verify.
                c("Authorization with repeated commas", 200, "", () -> withAuthorization(auth -> auth.replace(", ", ",,,,, "))),
                c("Authorization with repeated commas and a forged part", 403, "SignatureDoesNotMatch",
                        () -> withAuthorization(auth -> auth.replace(", Signature=", ",,,, Signature=" + "0".repeat(64)
                                + ", Signature="))),
                c("Authorization of another algorithm", 400, Set.of("IncompleteSignature", "InvalidClientTokenId"),
                        () -> withAuthorization(auth -> auth.replace("AWS4-HMAC-SHA256", "AWS4-HMAC-MD5"))),
                c("Authorization with a garbage credential", 400, Set.of("IncompleteSignature"),
                        () -> withAuthorization(auth -> auth.replaceFirst("Credential=[^,]+", "Credential=garbage"))),
                c("Authorization with an unknown key", 403, "InvalidClientTokenId",
                        () -> withAuthorization(auth -> auth.replaceFirst("Credential=[A-Z0-9]+", "Credential=AKIAFAKEFAKEFAKEFAKE"))),
                c("Authorization with a wrong signature", 403, "SignatureDoesNotMatch",
                        () -> withAuthorization(auth -> auth.replaceFirst("Signature=[0-9a-f]{8}", "Signature=00000000"))),
                c("Authorization of 100 KB", 431, "RequestHeaderFieldsTooLarge",
                        () -> withAuthorization(auth -> auth + "x".repeat(100_000))),
                c("Authorization with a NUL", 400, Set.of("IncompleteSignature", "SignatureDoesNotMatch", "MalformedHttpRequest"),
                        () -> withAuthorization(auth -> auth.replace("SignedHeaders=", "SignedHeaders=\0"))),
                c("scope of an unknown service", 403, Set.of("SignatureDoesNotMatch", "InvalidClientTokenId"),
                        () -> withAuthorization(auth -> auth.replace("/iam/aws4_request", "/ec2/aws4_request"))),
                c("scope with a traversing region", 403, Set.of("SignatureDoesNotMatch"),
                        () -> withAuthorization(auth -> auth.replace("/us-east-1/", "/..%2f..%2f/"))),
                c("scope with a garbage date", 403, Set.of("SignatureDoesNotMatch"),
                        () -> withAuthorization(auth -> auth.replaceFirst("/\\d{8}/", "/99999999/"))),
                c("scope of 20 KB", 403, Set.of("SignatureDoesNotMatch", "InvalidClientTokenId"),
                        () -> withAuthorization(auth -> auth.replace("/us-east-1/", "/" + "r".repeat(20_000) + "/"))),
                c("SignedHeaders naming a missing header", 403, "SignatureDoesNotMatch",
                        () -> withAuthorization(auth -> auth.replace("SignedHeaders=", "SignedHeaders=a-missing-one;"))),
                c("SignedHeaders of 5,000 names", 403, Set.of("SignatureDoesNotMatch", "IncompleteSignature"),
                        () -> withAuthorization(auth -> auth.replace("SignedHeaders=",
                                "SignedHeaders=" + "x;".repeat(5_000)))),
                c("signature of 20 KB", 403, "SignatureDoesNotMatch",
                        () -> withAuthorization(auth -> auth.replaceFirst("Signature=[0-9a-f]+", "Signature=" + "f".repeat(20_000)))),
                c("signature not hex", 403, "SignatureDoesNotMatch",
                        () -> withAuthorization(auth -> auth.replaceFirst("Signature=[0-9a-f]+", "Signature=" + "zz".repeat(32)))),
                c("two Authorization headers", 400, "IncompleteSignature", () -> withHeader("Authorization",
                        auth -> auth + "\r\nAuthorization: " + auth)),
                // Both values enter the canonical request, comma-joined, so the signature cannot match.
                c("two X-Amz-Date headers", 403, "SignatureDoesNotMatch",
                        () -> withHeader("X-Amz-Date", date -> date + "\r\nX-Amz-Date: 20200101T000000Z")),
                c("two Host headers", 400, Set.of("MalformedHttpRequest", "IncompleteSignature"),
                        () -> withHeader("Host", host -> host + "\r\nHost: evil.example.com")),
                c("two Content-Type headers", 403, Set.of("SignatureDoesNotMatch"),
                        () -> withHeader("Content-Type", type -> type + "\r\nContent-Type: text/plain")),
                c("header name of non-ASCII bytes", 400, Set.of("MalformedHttpRequest"),
                        () -> withHeader("Content-Type", type -> type + "\r\nX-Ünïcode: v")),
                c("X-Amz-Date garbage", 400, Set.of("IncompleteSignature"),
                        () -> withHeader("X-Amz-Date", date -> "garbage")),
                c("X-Amz-Date in year 99999", 400, Set.of("IncompleteSignature", "SignatureDoesNotMatch"),
                        () -> withHeader("X-Amz-Date", date -> "99999" + date.substring(4))),
                c("X-Amz-Date month 13", 400, Set.of("IncompleteSignature"),
                        () -> withHeader("X-Amz-Date", date -> date.substring(0, 4) + "13" + date.substring(6))),
                c("signed 6 minutes ago", 403, "SignatureDoesNotMatch", () -> RawHttp.send(port(), sign("POST", "/",
                        "Action=ListUsers&" + IAM_VERSION, "iam", formType(), Optional.empty(),
                        clock.instant().minus(Duration.ofMinutes(6)), Optional.empty()))),
                c("signed a day ago", 403, "SignatureDoesNotMatch", () -> RawHttp.send(port(), sign("POST", "/",
                        "Action=ListUsers&" + IAM_VERSION, "iam", formType(), Optional.empty(),
                        clock.instant().minus(Duration.ofDays(1)), Optional.empty()))),
                // A presigned IAM/STS URL lives X-Amz-Expires, at most fifteen minutes.
                c("presigned URL expired", 400, "RequestExpired", () -> presigned(
                        clock.instant().minus(Duration.ofHours(2)), Duration.ofMinutes(5), UnaryOperator.identity())),
                c("presigned X-Amz-Expires huge", 400, Set.of("AuthorizationQueryParametersError", "IncompleteSignature"),
                        () -> presigned(clock.instant(), Duration.ofMinutes(5),
                                q -> q.replaceFirst("X-Amz-Expires=\\d+", "X-Amz-Expires=99999999999999"))),
                c("presigned X-Amz-Expires negative", 400, Set.of("AuthorizationQueryParametersError", "IncompleteSignature"),
                        () -> presigned(clock.instant(), Duration.ofMinutes(5),
                                q -> q.replaceFirst("X-Amz-Expires=\\d+", "X-Amz-Expires=-5"))),
                c("session token of base64 garbage", 403, "InvalidClientTokenId", () -> withSessionToken(
                        token -> Base64.getEncoder().encodeToString(bytes("not a token at all, just garbage")))),
                c("session token not base64", 403, "InvalidClientTokenId", () -> withSessionToken(token -> "!!!%%%***")),
                c("session token truncated", 403, "InvalidClientTokenId",
                        () -> withSessionToken(token -> token.substring(0, token.length() / 2))),
                c("session token with a character changed", 403, "InvalidClientTokenId", () -> withSessionToken(token -> {
                    char[] chars = token.toCharArray();
                    int middle = chars.length / 2;
                    chars[middle] = chars[middle] == 'A' ? 'B' : 'A';
                    return new String(chars);
                })),
                c("session token with its last character changed", 403, "InvalidClientTokenId",
                        () -> withSessionToken(token -> token.substring(0, token.length() - 1)
                                + (token.endsWith("A") ? "B" : "A"))),
                c("long-term key with a garbage session token", 403, "InvalidClientTokenId", () -> RawHttp.send(port(),
                        sign("POST", "/", "Action=GetCallerIdentity&" + STS_VERSION, "sts", formType(),
                                Optional.of("garbage")))),
                c("session token of 30 KB", 403, "InvalidClientTokenId",
                        () -> withSessionToken(token -> token + "A".repeat(30_000))));
    }

    static Stream<Case> sts() {
        String longPolicy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\","
                + "\"Resource\":\"arn:aws:s3:::" + "b".repeat(10_000) + "\"}]}";
        String elevenArns = IntStream.rangeClosed(1, 11)
                .mapToObj(i -> "PolicyArns.member." + i + ".arn=" + enc("arn:aws:iam::aws:policy/ReadOnlyAccess"))
                .collect(Collectors.joining("&"));
        String fiftyOneTags = IntStream.rangeClosed(1, 51)
                .mapToObj(i -> "Tags.member." + i + ".Key=k" + i + "&Tags.member." + i + ".Value=v")
                .collect(Collectors.joining("&"));
        return Stream.of(
                c("session policy of 10,000 characters", 400, "ValidationError", () -> assumeRole("Policy", longPolicy)),
                c("11 policy ARNs", 400, "ValidationError", () -> query("sts", assumeRoleForm() + "&" + elevenArns)),
                c("51 session tags", 400, "ValidationError", () -> query("sts", assumeRoleForm() + "&" + fiftyOneTags)),
                c("DurationSeconds 1e3", 400, Set.of("ValidationError", "InvalidParameterValue"),
                        () -> assumeRole("DurationSeconds", "1e3")),
                c("DurationSeconds 43201", 400, "ValidationError", () -> assumeRole("DurationSeconds", "43201")),
                c("DurationSeconds 899", 400, "ValidationError", () -> assumeRole("DurationSeconds", "899")),
                c("DurationSeconds beyond long", 400, Set.of("ValidationError", "InvalidParameterValue"),
                        () -> assumeRole("DurationSeconds", "999999999999999999999999")),
                c("RoleSessionName with a space", 400, "ValidationError",
                        () -> query("sts", form("Action", "AssumeRole", "RoleArn", roleArn(), "RoleSessionName", "a b")
                                + "&" + STS_VERSION)),
                c("RoleSessionName of 65 characters", 400, "ValidationError",
                        () -> query("sts", form("Action", "AssumeRole", "RoleArn", roleArn(),
                                "RoleSessionName", "s".repeat(65)) + "&" + STS_VERSION)),
                c("RoleArn garbage", 400, "ValidationError", () -> query("sts", form("Action", "AssumeRole",
                        "RoleArn", "not-an-arn", "RoleSessionName", "s") + "&" + STS_VERSION)),
                c("RoleArn of 3,000 characters", 400, "ValidationError", () -> query("sts", form("Action", "AssumeRole",
                        "RoleArn", "arn:aws:iam::" + ACCOUNT + ":role/" + "r".repeat(3_000), "RoleSessionName", "s")
                        + "&" + STS_VERSION)),
                c("web identity token of 30,000 characters", 400, "ValidationError",
                        () -> query("sts", form("Action", "AssumeRoleWithWebIdentity", "RoleArn", roleArn(),
                                "RoleSessionName", "s", "WebIdentityToken", "a".repeat(30_000)) + "&" + STS_VERSION)),
                c("federation token name with a slash", 400, "ValidationError", () -> query("sts",
                        form("Action", "GetFederationToken", "Name", "a/b") + "&" + STS_VERSION)),
                c("federation token with a nested policy", 400, "MalformedPolicyDocument", () -> query("sts",
                        form("Action", "GetFederationToken", "Name", "fed", "Policy", "[".repeat(900) + "]".repeat(900))
                                + "&" + STS_VERSION)),
                c("ExternalId of 1,300 characters", 400, "ValidationError", () -> assumeRole("ExternalId", "e".repeat(1_300))),
                c("SerialNumber with spaces", 400, "ValidationError", () -> query("sts", assumeRoleForm() + "&"
                        + form("SerialNumber", "a b c", "TokenCode", "123456"))),
                c("TokenCode of letters", 400, "ValidationError", () -> query("sts", assumeRoleForm() + "&"
                        + form("SerialNumber", "arn:aws:iam::" + ACCOUNT + ":mfa/x", "TokenCode", "abcdef"))),
                c("transitive tag key not among the tags", 400, Set.of("InvalidParameterValue", "ValidationError"),
                        () -> query("sts", assumeRoleForm() + "&TransitiveTagKeys.member.1=nope")),
                c("session tag key with a control character", 400, "ValidationError", () -> query("sts",
                        assumeRoleForm() + "&" + form("Tags.member.1.Key", "a\u0001", "Tags.member.1.Value", "v"))),
                c("GetSessionToken DurationSeconds 1e3", 400, Set.of("ValidationError", "InvalidParameterValue"),
                        () -> query("sts", "Action=GetSessionToken&DurationSeconds=1e3&" + STS_VERSION)),
                c("DecodeAuthorizationMessage garbage", 400, "InvalidAuthorizationMessageException", () -> query("sts",
                        form("Action", "DecodeAuthorizationMessage", "EncodedMessage", "garbage!!") + "&" + STS_VERSION)),
                c("web identity token garbage", 400, Set.of("InvalidIdentityToken", "ValidationError"),
                        () -> query("sts", form("Action", "AssumeRoleWithWebIdentity", "RoleArn", roleArn(),
                                "RoleSessionName", "s", "WebIdentityToken", "a.b.c") + "&" + STS_VERSION)));
    }

    static Stream<Case> credentialEndpoints() {
        return Stream.of(
                c("container credentials without a token", 401, "Unauthorized",
                        () -> RawHttp.send(port(), get(containerPath(), ""))),
                c("container credentials with a garbage token", 403, "AccessDenied",
                        () -> RawHttp.send(port(), get(containerPath(), "Authorization: garbage\r\n"))),
                c("container credentials with the token truncated", 403, "AccessDenied", () -> RawHttp.send(port(),
                        get(containerPath(), "Authorization: " + workloadToken.substring(0, workloadToken.length() - 1)
                                + "\r\n"))),
                c("container credentials with the token twice", 403, "AccessDenied", () -> RawHttp.send(port(),
                        get(containerPath(), "Authorization: " + workloadToken + workloadToken + "\r\n"))),
                c("container credentials with a 30 KB token", 403, "AccessDenied", () -> RawHttp.send(port(),
                        get(containerPath(), "Authorization: " + "t".repeat(30_000) + "\r\n"))),
                c("container credentials with a 100 KB token", 431, "RequestHeaderFieldsTooLarge", () -> RawHttp.send(
                        port(), get(containerPath(), "Authorization: " + "t".repeat(100_000) + "\r\n"))),
                c("container credentials of an unknown workload", 403, "AccessDenied", () -> RawHttp.send(port(),
                        get("/_warden/workloads/wl-000000000000000000000000/credentials", "Authorization: "
                                + workloadToken + "\r\n"))),
                c("container credentials for a traversing id", 403, "AccessDenied", () -> RawHttp.send(port(),
                        get("/_warden/workloads/..%2f..%2fetc/credentials", "Authorization: " + workloadToken + "\r\n"))),
                c("IMDS without a token", 401, "", () -> RawHttp.send(port(), get(imdsPath(), ""))),
                c("IMDS with a garbage token", 401, "", () -> RawHttp.send(port(), get(imdsPath(),
                        "X-aws-ec2-metadata-token: garbage\r\n"))),
                c("IMDS with a 30 KB token", 401, "", () -> RawHttp.send(port(), get(imdsPath(),
                        "X-aws-ec2-metadata-token: " + "x".repeat(30_000) + "\r\n"))),
                c("IMDS of an unknown workload", 404, "", () -> RawHttp.send(port(), get(
                        "/_warden/imds/wl-0/latest/meta-data/iam/security-credentials/", ""))),
                c("IMDS token with a TTL of abc", 400, "", () -> RawHttp.send(port(), imdsToken("abc"))),
                c("IMDS token with a TTL of 21601", 400, "", () -> RawHttp.send(port(), imdsToken("21601"))),
                c("IMDS token with a TTL beyond int", 400, "", () -> RawHttp.send(port(), imdsToken("99999999999"))),
                c("workload registration unsigned", 403, "MissingAuthenticationToken", () -> RawHttp.send(port(), bytes(
                        "POST /_warden/workloads HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                + "Content-Length: 2\r\nConnection: close\r\n\r\n{}"))),
                c("workload registration with a bad session name", 400, "ValidationError",
                        () -> RawHttp.send(port(), sign("POST", "/_warden/workloads", "{\"roleArn\":\"" + ROLE
                                + "\",\"sessionName\":\"a/b\"}", "sts", Map.of("Content-Type", "application/json"),
                                Optional.empty()))),
                c("workload registration with a huge duration", 400, "ValidationError",
                        () -> RawHttp.send(port(), sign("POST", "/_warden/workloads", "{\"roleArn\":\"" + ROLE
                                + "\",\"sessionName\":\"s\",\"durationSeconds\":1e400}", "sts",
                                Map.of("Content-Type", "application/json"), Optional.empty()))),
                c("workload registration with a garbage service", 400, "ValidationError", () -> register(
                        "{\"roleArn\":\"" + ROLE + "\",\"sessionName\":\"s\",\"service\":\"../../evil.example.com\"}")),
                c("workload registration with a service of 10 KB", 400, "ValidationError", () -> register(
                        "{\"roleArn\":\"" + ROLE + "\",\"sessionName\":\"s\",\"service\":\"" + "s".repeat(10_000) + "\"}")),
                c("workload registration with a role ARN of garbage", 403, "AccessDenied", () -> register(
                        "{\"roleArn\":\"arn:aws:iam::x\",\"sessionName\":\"s\"}")),
                c("workload registration with a traversing profile", 404, "NoSuchEntity", () -> register(
                        "{\"instanceProfile\":\"../../x\",\"sessionName\":\"s\"}")),
                c("workload registration with a negative duration", 400, "ValidationError", () -> register(
                        "{\"roleArn\":\"" + ROLE + "\",\"sessionName\":\"s\",\"durationSeconds\":-1}")),
                c("workload registration with a fractional duration", 400, "ValidationError", () -> register(
                        "{\"roleArn\":\"" + ROLE + "\",\"sessionName\":\"s\",\"durationSeconds\":1800.5}")),
                c("workload registration with a duration beyond long", 400, "ValidationError", () -> register(
                        "{\"roleArn\":\"" + ROLE + "\",\"sessionName\":\"s\",\"durationSeconds\":99999999999999999999}")),
                c("workload registration with imdsV1 of text", 400, "ValidationError", () -> register(
                        "{\"roleArn\":\"" + ROLE + "\",\"sessionName\":\"s\",\"imdsV1\":\"yes\"}")),
                c("workload registration with a duplicate member", 400, "ValidationError", () -> register(
                        "{\"roleArn\":\"" + ROLE + "\",\"sessionName\":\"s\",\"sessionName\":\"t\"}")),
                c("workload registration of a JSON array", 400, "ValidationError", () -> register("[1,2]")),
                c("workload registration of invalid UTF-8", 400, "ValidationError", () -> RawHttp.send(port(),
                        SdkSigner.sign(new SdkSigner.Spec("POST", url("/_warden/workloads"), "", Map.of("Content-Type",
                                "application/json"), "sts", "us-east-1", clock.instant(), admin.accessKeyId(),
                                admin.secretAccessKey(), Optional.empty(), Optional.empty()),
                                new byte[] {'{', '"', (byte) 0xff, '"', ':', '1', '}'}))),
                c("workload deregistration unsigned", 403, "MissingAuthenticationToken", () -> RawHttp.send(port(),
                        bytes("DELETE /_warden/workloads/" + "x".repeat(5_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                + "Connection: close\r\n\r\n"))),
                c("workload deregistration of an unknown id", 404, Set.of("NoSuchEntity", "ResourceNotFound"),
                        () -> RawHttp.send(port(), sign("DELETE", "/_warden/workloads/wl-..%2F..%2Fx", "", "sts", Map.of(),
                                Optional.empty()))),
                c("workload registration of nested JSON", 400, "ValidationError",
                        () -> RawHttp.send(port(), sign("POST", "/_warden/workloads", "[".repeat(5_000) + "]".repeat(5_000),
                                "sts", Map.of("Content-Type", "application/json"), Optional.empty()))),
                c("workload registration over 16 KB", 413, "RequestEntityTooLarge",
                        () -> RawHttp.send(port(), sign("POST", "/_warden/workloads", "{\"sessionName\":\""
                                + "s".repeat(20_000) + "\"}", "sts", Map.of("Content-Type", "application/json"),
                                Optional.empty()))));
    }

    static Stream<Case> s3Gateway() {
        return Stream.of(
                c("bucket name ..", 400, Set.of("InvalidBucketName", "InvalidURI"), () -> s3("PUT", "/../", new byte[0])),
                // Jetty cannot resolve a path that climbs above "/" once decoded and answers 400 itself,
                // in S3's words since the request is signed for S3.
                c("bucket name %2e%2e", 400, "InvalidURI", () -> s3("PUT", "/%2e%2e", new byte[0])),
                c("bucket name with encoded slash", 400, "InvalidBucketName", () -> s3("PUT", "/a%2f..%2fb", new byte[0])),
                c("key one level up, encoded", 200, "", () -> s3("PUT", "/hostile-bucket/%2e%2e%2fone-up.txt",
                        bytes("x"))),
                c("key climbing out, encoded", 400, "InvalidURI", () -> s3("PUT",
                        "/hostile-bucket/%2e%2e%2f%2e%2e%2fescaped.txt", bytes("x"))),
                c("key climbing out, mixed", 400, "InvalidURI", () -> s3("PUT",
                        "/hostile-bucket/..%2F..%2F..%2Fescaped2.txt", bytes("x"))),
                // Refused in the request line: a GET names no service there (see rejectedBeforeRouting).
                c("key read climbing out", 400, Set.of("InvalidURI", "MalformedHttpRequest"), () -> s3("GET",
                        "/hostile-bucket/%2e%2e%2f%2e%2e%2f%2e%2e%2fcredentials", new byte[0])),
                c("key read one level up of a missing key", 404, "NoSuchKey", () -> s3("GET",
                        "/hostile-bucket/%2e%2e%2fcredentials", new byte[0])),
                c("key with backslashes", 404, "NoSuchKey", () -> s3("GET",
                        "/hostile-bucket/..%5C..%5C..%5Cwarden.conf", new byte[0])),
                c("key of 1,025 bytes", 400, "KeyTooLongError", () -> s3("PUT", "/hostile-bucket/" + "k".repeat(1_025),
                        bytes("x"))),
                c("key of 30 KB", 400, Set.of("KeyTooLongError", "MalformedHttpRequest", "RequestHeaderFieldsTooLarge"),
                        () -> s3("PUT", "/hostile-bucket/" + "k".repeat(30_000), bytes("x"))),
                c("bucket policy with a bad address", 400, "MalformedPolicy", () -> s3("PUT", "/hostile-bucket?policy",
                        bytes("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
                                + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::hostile-bucket/*\","
                                + "\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":\"1.2.3.4/77\"}}}]}"))),
                c("bucket policy of nested JSON", 400, "MalformedPolicy", () -> s3("PUT", "/hostile-bucket?policy",
                        bytes("[".repeat(10_000) + "]".repeat(10_000)))),
                c("delete of a billion-laughs XML", 400, "MalformedXML", () -> s3("POST", "/hostile-bucket?delete",
                        bytes("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;"
                                + "&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                                + "<Delete><Object><Key>&c;</Key></Object></Delete>"))),
                c("delete of an external entity", 400, "MalformedXML", () -> s3("POST", "/hostile-bucket?delete",
                        bytes("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                                + "<Delete><Object><Key>&x;</Key></Object></Delete>"))),
                c("copy from a traversing source", 404, Set.of("NoSuchKey", "NoSuchBucket", "InvalidArgument", "AccessDenied"),
                        () -> s3("PUT", "/hostile-bucket/copy", new byte[0],
                                Map.of("x-amz-copy-source", "/hostile-bucket/../../../../etc/passwd"))),
                c("copy from an encoded traversing source", 400, "InvalidArgument",
                        () -> s3("PUT", "/hostile-bucket/copy", new byte[0],
                                Map.of("x-amz-copy-source", "%2e%2e%2f%2e%2e%2fwarden.conf"))),
                c("copy from a garbage source", 400, "InvalidURI",
                        () -> s3("PUT", "/hostile-bucket/copy", new byte[0], Map.of("x-amz-copy-source", "%%%"))),
                c("range beyond long", 200, "", () -> s3("GET", "/hostile-bucket/%2e%2e%2fone-up.txt", new byte[0],
                        Map.of("Range", "bytes=99999999999999999999999-"))),
                c("range of garbage", 200, "", () -> s3("GET", "/hostile-bucket/%2e%2e%2fone-up.txt", new byte[0],
                        Map.of("Range", "bytes=--5,a-b"))),
                c("max-keys -1", 400, "InvalidArgument", () -> s3("GET", "/hostile-bucket?list-type=2&max-keys=-1",
                        new byte[0])),
                c("max-keys beyond int", 400, "InvalidArgument", () -> s3("GET",
                        "/hostile-bucket?list-type=2&max-keys=99999999999999", new byte[0])),
                c("continuation token of garbage", 400, "InvalidArgument", () -> s3("GET",
                        "/hostile-bucket?list-type=2&continuation-token=%25%25garbage", new byte[0])),
                c("part number 0", 400, "InvalidArgument", () -> s3("PUT",
                        "/hostile-bucket/part?partNumber=0&uploadId=00000000000000000000000000000000", bytes("x"))),
                c("part number 10001", 400, "InvalidArgument", () -> s3("PUT",
                        "/hostile-bucket/part?partNumber=10001&uploadId=00000000000000000000000000000000", bytes("x"))),
                c("traversing upload id", 404, "NoSuchUpload", () -> s3("PUT",
                        "/hostile-bucket/part?partNumber=1&uploadId=..%2F..%2F..%2Fetc", bytes("x"))),
                c("complete with a traversing upload id", 404, "NoSuchUpload", () -> s3("POST",
                        "/hostile-bucket/part?uploadId=..%2F..%2Fhostile-bucket", bytes("<CompleteMultipartUpload>"
                                + "<Part><PartNumber>1</PartNumber><ETag>x</ETag></Part></CompleteMultipartUpload>"))),
                c("delete of 1,001 keys", 400, "MalformedXML", () -> s3("POST", "/hostile-bucket?delete", bytes(
                        "<Delete>" + "<Object><Key>k</Key></Object>".repeat(1_001) + "</Delete>"))),
                c("delete of 10,000 nested elements", 400, "MalformedXML", () -> s3("POST", "/hostile-bucket?delete",
                        bytes("<Delete>" + "<a>".repeat(10_000) + "</a>".repeat(10_000) + "</Delete>"))),
                c("metadata of 2,049 bytes", 400, "MetadataTooLarge", () -> s3("PUT", "/hostile-bucket/meta", bytes("x"),
                        Map.of("x-amz-meta-big", "m".repeat(2_049 - "big".length())))),
                c("metadata header of 20 KB", 400, "MetadataTooLarge",
                        () -> s3("PUT", "/hostile-bucket/meta", bytes("x"), Map.of("x-amz-meta-big", "m".repeat(20_000)))),
                c("s3 presigned, valid", 200, "", () -> s3Presigned(Duration.ZERO, UnaryOperator.identity())),
                c("s3 presigned, expired", 403, "AccessDenied", () -> s3Presigned(Duration.ofHours(2),
                        UnaryOperator.identity())),
                c("s3 presigned, X-Amz-Expires over a week", 400, "AuthorizationQueryParametersError",
                        () -> s3Presigned(Duration.ZERO,
                                q -> q.replaceFirst("X-Amz-Expires=\\d+", "X-Amz-Expires=604801"))),
                c("s3 presigned, X-Amz-Expires beyond long", 400, "AuthorizationQueryParametersError",
                        () -> s3Presigned(Duration.ZERO,
                                q -> q.replaceFirst("X-Amz-Expires=\\d+", "X-Amz-Expires=99999999999999999999"))),
                // A credential naming no service cannot be routed to S3: the Query endpoint answers.
                c("s3 presigned, credential of garbage", 400, "IncompleteSignature",
                        () -> s3Presigned(Duration.ZERO,
                                q -> q.replaceFirst("X-Amz-Credential=[^&]+", "X-Amz-Credential=garbage"))),
                c("s3 presigned, bad session token", 400, "InvalidToken",
                        () -> s3Presigned(Duration.ZERO, q -> q + "&X-Amz-Security-Token=garbage")),
                c("s3 signed a day ago", 403, "RequestTimeTooSkewed", () -> RawHttp.send(port(), sign("GET",
                        "/hostile-bucket", "", "s3", Map.of("x-amz-content-sha256", EMPTY_SHA256), Optional.empty(),
                        clock.instant().minus(Duration.ofDays(1)), Optional.empty()))),
                c("s3 signed 10 minutes ago", 200, "", () -> RawHttp.send(port(), sign("GET",
                        "/hostile-bucket", "", "s3", Map.of("x-amz-content-sha256", EMPTY_SHA256), Optional.empty(),
                        clock.instant().minus(Duration.ofMinutes(10)), Optional.empty()))),
                c("s3 signed 16 minutes ago", 403, "RequestTimeTooSkewed", () -> RawHttp.send(port(), sign("GET",
                        "/hostile-bucket", "", "s3", Map.of("x-amz-content-sha256", EMPTY_SHA256), Optional.empty(),
                        clock.instant().minus(Duration.ofMinutes(16)), Optional.empty()))),
                c("s3 signed an hour ahead", 403, "RequestTimeTooSkewed", () -> RawHttp.send(port(), sign("GET",
                        "/hostile-bucket", "", "s3", Map.of("x-amz-content-sha256", EMPTY_SHA256), Optional.empty(),
                        clock.instant().plus(Duration.ofHours(1)), Optional.empty()))),
                c("s3 with a bad session token", 400, "InvalidToken", () -> RawHttp.send(port(), sign("GET",
                        "/hostile-bucket", "", "s3", Map.of(), Optional.of("garbage")))),
                // S3's legacy Signature Version 2 (botocore presigns with it in us-east-1 unless told
                // otherwise): S3's answer where SigV2 is not supported, not the Query endpoint's.
                c("s3 presigned with SigV2", 400, "InvalidRequest", () -> RawHttp.send(port(), bytes(
                        "GET /hostile-bucket/k.txt?AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Signature=NORIE4Ub%2Bgwjo%3D"
                                + "&Expires=1795875715 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"))),
                c("s3 signed with SigV2 in the header", 400, "InvalidRequest", () -> RawHttp.send(port(), bytes(
                        "PUT /hostile-bucket/k.txt HTTP/1.1\r\nHost: 127.0.0.1\r\nDate: Sat, 28 Nov 2026 14:00:00 GMT\r\n"
                                + "Authorization: AWS AKIAIOSFODNN7EXAMPLE:frJIUN8DYpKDtOLCwo//yllqDzg=\r\n"
                                + "Content-Length: 0\r\nConnection: close\r\n\r\n"))));
    }

    static Stream<Case> iamOperations() {
        String pemGarbage = "-----BEGIN CERTIFICATE-----\n" + "QUJD".repeat(100) + "\n-----END CERTIFICATE-----\n";
        String pemNotBase64 = "-----BEGIN CERTIFICATE-----\n!!!***\n-----END CERTIFICATE-----\n";
        String keyGarbage = "-----BEGIN PRIVATE KEY-----\n" + "QUJD".repeat(100) + "\n-----END PRIVATE KEY-----\n";
        String nestedDer = "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(nestedAsn1(3_000))
                + "\n-----END CERTIFICATE-----\n";
        return Stream.of(
                c("server certificate of garbage", 400, "MalformedCertificate", () -> iam("UploadServerCertificate",
                        "ServerCertificateName", "c1", "CertificateBody", pemGarbage, "PrivateKey", keyGarbage)),
                c("server certificate not base64", 400, "MalformedCertificate", () -> iam("UploadServerCertificate",
                        "ServerCertificateName", "c2", "CertificateBody", pemNotBase64, "PrivateKey", keyGarbage)),
                c("server certificate of nested ASN.1", 400, "MalformedCertificate", () -> iam("UploadServerCertificate",
                        "ServerCertificateName", "c3", "CertificateBody", nestedDer, "PrivateKey", keyGarbage)),
                c("server certificate of no PEM", 400, "MalformedCertificate", () -> iam("UploadServerCertificate",
                        "ServerCertificateName", "c4", "CertificateBody", "hello", "PrivateKey", "world")),
                c("signing certificate of garbage", 400, "MalformedCertificate", () -> iam("UploadSigningCertificate",
                        "UserName", "admin", "CertificateBody", pemGarbage)),
                c("signing certificate of nested ASN.1", 400, "MalformedCertificate", () -> iam("UploadSigningCertificate",
                        "UserName", "admin", "CertificateBody", nestedDer)),
                c("SSH key of garbage", 400, Set.of("InvalidPublicKey", "UnrecognizedPublicKeyEncoding"),
                        () -> iam("UploadSSHPublicKey", "UserName", "admin", "SSHPublicKeyBody", "ssh-rsa !!!garbage")),
                c("SSH key of base64 garbage", 400, Set.of("InvalidPublicKey", "UnrecognizedPublicKeyEncoding"),
                        () -> iam("UploadSSHPublicKey", "UserName", "admin", "SSHPublicKeyBody",
                                "ssh-rsa " + Base64.getEncoder().encodeToString(new byte[] {0, 0, 0, 7, 's', 's', 'h',
                                        '-', 'r', 's', 'a', (byte) 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff}))),
                c("SSH key with a huge length prefix", 400, Set.of("InvalidPublicKey", "UnrecognizedPublicKeyEncoding"),
                        () -> iam("UploadSSHPublicKey", "UserName", "admin", "SSHPublicKeyBody", "ssh-rsa "
                                + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff,
                                        (byte) 0xff, 'a'}))),
                c("password of 10,000 characters", 400, "ValidationError", () -> iam("CreateLoginProfile",
                        "UserName", "admin", "Password", "P4ss!".repeat(2_000))),
                c("MFA code of letters", 400, "ValidationError", () -> iam("EnableMFADevice", "UserName", "admin",
                        "SerialNumber", "arn:aws:iam::" + ACCOUNT + ":mfa/none", "AuthenticationCode1", "abcdef",
                        "AuthenticationCode2", "123456")),
                c("MFA device name with a slash", 400, "ValidationError", () -> iam("CreateVirtualMFADevice",
                        "VirtualMFADeviceName", "a/../b")),
                c("OIDC URL of 10,000 characters", 400, "ValidationError", () -> iam("CreateOpenIDConnectProvider",
                        "Url", "https://" + "h".repeat(10_000), "ThumbprintList.member.1", "a".repeat(40))),
                c("OIDC URL that is no URL", 400, Set.of("InvalidInput", "ValidationError"),
                        () -> iam("CreateOpenIDConnectProvider", "Url", "https://[::1", "ThumbprintList.member.1",
                                "a".repeat(40))),
                c("boundary ARN of garbage", 400, Set.of("InvalidInput", "ValidationError"), () -> iam(
                        "PutUserPermissionsBoundary", "UserName", "admin", "PermissionsBoundary", "arn:::::")),
                // PolicyArn has no pattern in AWS's model (only a length): an ARN naming no policy is NoSuchEntity.
                c("policy ARN of garbage", 404, "NoSuchEntity", () -> iam("GetPolicy",
                        "PolicyArn", "arn:aws:iam::" + ACCOUNT + ":policy/../../x")),
                c("AWS policy version id of garbage", 400, "ValidationError", () -> iam("GetPolicyVersion",
                        "PolicyArn", "arn:aws:iam::aws:policy/AdministratorAccess", "VersionId", "v1'; DROP TABLE x")),
                c("policy version id of garbage", 400, "ValidationError", () -> iam("GetPolicyVersion",
                        "PolicyArn", "arn:aws:iam::" + ACCOUNT + ":policy/none", "VersionId", "v1'; DROP TABLE x")),
                c("simulation of 1,000 actions on 1,000 resources", 200, "", () -> query("iam", form("Action",
                        "SimulateCustomPolicy", "PolicyInputList.member.1", ALLOW_ALL) + "&" + IAM_VERSION + "&"
                        + IntStream.rangeClosed(1, 1_000).mapToObj(i -> "ActionNames.member." + i + "=s3%3AGetObject"
                                + "&ResourceArns.member." + i + "=arn%3Aaws%3As3%3A%3A%3Ab%2Fk" + i)
                        .collect(Collectors.joining("&")))),
                c("simulation of 30,000 actions", 200, Set.of("", "ValidationError", "LimitExceeded"), () -> query("iam",
                        form("Action", "SimulateCustomPolicy", "PolicyInputList.member.1", ALLOW_ALL) + "&" + IAM_VERSION
                                + "&" + IntStream.rangeClosed(1, 30_000).mapToObj(i -> "ActionNames.member." + i + "=s3%3AG")
                                .collect(Collectors.joining("&")))),
                c("list member indexes out of order, 20,000", 400, Set.of("ValidationError", "LimitExceeded"),
                        () -> query("iam", "Action=TagUser&UserName=admin&" + IAM_VERSION + "&" + IntStream.rangeClosed(1,
                                20_000).map(i -> 20_001 - i).mapToObj(i -> "Tags.member." + i + ".Key=k"
                                        + "&Tags.member." + i + ".Value=v").collect(Collectors.joining("&")))),
                c("simulation with 1,000 context values", 200, "", () -> query("iam", form("Action",
                        "SimulateCustomPolicy", "PolicyInputList.member.1", ALLOW_ALL, "ActionNames.member.1", "s3:GetObject",
                        "ContextEntries.member.1.ContextKeyName", "aws:PrincipalTag/t",
                        "ContextEntries.member.1.ContextKeyType", "stringList") + "&" + IAM_VERSION + "&"
                        + IntStream.rangeClosed(1, 1_000).mapToObj(i -> "ContextEntries.member.1.ContextKeyValues.member."
                                + i + "=v" + i).collect(Collectors.joining("&")))),
                c("simulation of an unknown caller", 404, "NoSuchEntity",
                        () -> iam("SimulatePrincipalPolicy", "PolicySourceArn", "arn:aws:iam::" + ACCOUNT + ":user/../admin",
                                "ActionNames.member.1", "s3:GetObject")),
                c("deleting the administrator who has keys", 409, "DeleteConflict",
                        () -> iam("DeleteUser", "UserName", "admin")),
                c("renaming a user onto another in another case", 409, "EntityAlreadyExists",
                        () -> iam("UpdateUser", "UserName", "pathed", "NewUserName", "ADMIN")),
                c("renaming a user to a bad name", 400, "ValidationError",
                        () -> iam("UpdateUser", "UserName", "pathed", "NewUserName", "a/b")),
                c("moving a user to a bad path", 400, "ValidationError",
                        () -> iam("UpdateUser", "UserName", "pathed", "NewPath", "/a b/")),
                c("a role again in another case", 409, "EntityAlreadyExists", () -> iam("CreateRole",
                        "RoleName", ROLE.toUpperCase(java.util.Locale.ROOT), "AssumeRolePolicyDocument",
                        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
                                + "{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}")),
                c("role session duration of abc", 400, Set.of("InvalidParameterValue", "ValidationError"),
                        () -> iam("UpdateRole", "RoleName", ROLE, "MaxSessionDuration", "abc")),
                c("role session duration of 43201", 400, "ValidationError",
                        () -> iam("UpdateRole", "RoleName", ROLE, "MaxSessionDuration", "43201")),
                c("deleting an unknown access key", 404, "NoSuchEntity",
                        () -> iam("DeleteAccessKey", "UserName", "pathed", "AccessKeyId", "AKIAAAAAAAAAAAAAAAAA")),
                c("deleting another user's access key", 404, "NoSuchEntity",
                        () -> iam("DeleteAccessKey", "UserName", "pathed", "AccessKeyId", admin.accessKeyId())),
                c("access key id with wildcards", 400, "ValidationError",
                        () -> iam("UpdateAccessKey", "AccessKeyId", "AKIA%_*", "Status", "Inactive")),
                c("authorization message of 10 KB", 400, "InvalidAuthorizationMessageException", () -> query("sts",
                        form("Action", "DecodeAuthorizationMessage", "EncodedMessage", "A".repeat(10_000)) + "&"
                                + STS_VERSION)));
    }

    static Stream<Case> decisionGateway() {
        return Stream.of(
                c("gateway body of 10,000 levels", 400, "SerializationException",
                        () -> gateway("glue", "AWSGlue.StartJobRun", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000))),
                c("gateway body not JSON", 400, "SerializationException",
                        () -> gateway("glue", "AWSGlue.StartJobRun", "{\"JobName\":")),
                c("gateway member of the wrong type", 200, "",
                        () -> gateway("glue", "AWSGlue.StartJobRun", "{\"JobName\":{\"nested\":[1,2,3]}}")),
                c("gateway member of 100 KB", 200, "",
                        () -> gateway("glue", "AWSGlue.StartJobRun", "{\"JobName\":\"" + "j".repeat(100_000) + "\"}")),
                c("gateway member that is no ARN", 200, "",
                        () -> gateway("states", "AWSStepFunctions.StartExecution", "{\"stateMachineArn\":\"../../x\"}")),
                c("gateway member missing", 200, "",
                        () -> gateway("states", "AWSStepFunctions.StartExecution", "{}")),
                c("gateway unknown target", 400, "UnknownOperationException",
                        () -> gateway("glue", "AWSGlue.DropEverything", "{}")),
                c("gateway target of 20 KB", 400, "UnknownOperationException",
                        () -> gateway("glue", "AWSGlue." + "X".repeat(20_000), "{}")),
                // JSON-protocol client errors are all 400 (GatewayProtocol); only REST-JSON uses the modelled 413.
                c("gateway body over the limit", 400, "RequestEntityTooLargeException",
                        () -> gateway("glue", "AWSGlue.StartJobRun", "{\"JobName\":\"" + "j".repeat(6 * 1024 * 1024) + "\"}")),
                c("lambda function of a traversing name", 200, "", () -> rest("lambda", "POST",
                        "/2015-03-31/functions/..%2F..%2Fetc%2Fpasswd/invocations", "{}")),
                // Jetty refuses a path it cannot decode before any route sees it.
                c("lambda path with an invalid escape after signing", 400, "MalformedHttpRequest",
                        () -> RawHttp.send(port(), retargeted(sign("POST", "/2015-03-31/functions/f/invocations", "{}",
                                "lambda", Map.of("Content-Type", "application/json"), Optional.empty()),
                                "/2015-03-31/functions/%ZZ/invocations"))),
                c("query path with an invalid escape after signing", 400, "MalformedHttpRequest",
                        () -> RawHttp.send(port(), retargeted(sign("POST", "/", "Action=ListUsers&" + IAM_VERSION, "iam",
                                formType(), Optional.empty()), "/%ZZ%"))));
    }

    /** A request Jetty rejects before routing, and the error document's root: S3's or the Query API's. */
    record Rejected(String name, Request request, int status, String code, String root) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String S3_ERROR = "Error";
    private static final String QUERY_ERROR = "ErrorResponse";

    static Rejected rejected(String name, int status, String code, String root, Request request) {
        return new Rejected(name, request, status, code, root);
    }

    /** {@code signed} with a header of 40 KB (over the 32 KB header limit) before or after its own headers. */
    static SignedRequest padded(SignedRequest signed, boolean paddingFirst) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        List<String> padding = List.of("p".repeat(40_000));
        if (paddingFirst) {
            headers.put("X-Padding", padding);
        }
        headers.putAll(signed.headers());
        if (!paddingFirst) {
            headers.put("X-Padding", padding);
        }
        return new SignedRequest(signed.method(), signed.rawPath(), signed.rawQuery(), headers, signed.body());
    }

    static SignedRequest signedS3Get(String path) {
        return sign("GET", path, "", "s3", Map.of("x-amz-content-sha256", EMPTY_SHA256), Optional.empty());
    }

    static Stream<Rejected> rejectedBeforeRouting() {
        String padding = "X-Padding: " + "p".repeat(40_000) + "\r\n";
        return Stream.of(
                rejected("s3: header section too large after the signature", 431, "RequestHeaderSectionTooLarge",
                        S3_ERROR, () -> RawHttp.send(port(), padded(signedS3Get("/hostile-bucket"), false))),
                rejected("s3: header section too large before the signature, PUT", 431,
                        "RequestHeaderSectionTooLarge", S3_ERROR, () -> RawHttp.send(port(), padded(sign("PUT",
                                "/hostile-bucket/big", "x", "s3", Map.of(), Optional.empty()), true))),
                rejected("s3: unsigned DELETE with too large headers", 431, "RequestHeaderSectionTooLarge", S3_ERROR,
                        () -> RawHttp.send(port(), bytes("DELETE /hostile-bucket/k HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                + padding + "Connection: close\r\n\r\n"))),
                rejected("s3: presigned URL with too large headers", 431, "RequestHeaderSectionTooLarge", S3_ERROR,
                        () -> RawHttp.send(port(), padded(sign("GET", "/hostile-bucket/presigned.txt", "", "s3",
                                Map.of(), Optional.empty(), clock.instant(), Optional.of(Duration.ofMinutes(5))),
                                false))),
                // Jetty refuses these in the request line, before any header is read: the method tells.
                rejected("s3: PUT of a path with an invalid escape", 400, "InvalidURI", S3_ERROR,
                        () -> RawHttp.send(port(), retargeted(sign("PUT", "/hostile-bucket/k", "x", "s3", Map.of(),
                                Optional.empty()), "/hostile-bucket/%ZZ"))),
                rejected("s3: DELETE of a path climbing above the root", 400, "InvalidURI", S3_ERROR,
                        () -> RawHttp.send(port(), retargeted(sign("DELETE", "/hostile-bucket/k", "", "s3", Map.of(),
                                Optional.empty()), "/hostile-bucket/%2e%2e/%2e%2e"))),
                // A GET refused in its request line could be any service's: the Query API's words.
                rejected("GET of a path with an invalid escape, refused before its headers", 400,
                        "MalformedHttpRequest", QUERY_ERROR, () -> RawHttp.send(port(),
                                retargeted(signedS3Get("/hostile-bucket"), "/hostile-bucket/%ZZ"))),
                rejected("s3: two Content-Lengths", 400, "InvalidRequest", S3_ERROR, () -> RawHttp.send(port(), bytes(
                        "PUT /hostile-bucket/k HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1\r\n"
                                + "Content-Length: 2\r\nConnection: close\r\n\r\nab"))),
                rejected("iam: header section too large after the signature", 431, "RequestHeaderFieldsTooLarge",
                        QUERY_ERROR, () -> RawHttp.send(port(), padded(sign("POST", "/", "Action=ListUsers&"
                                + IAM_VERSION, "iam", formType(), Optional.empty()), false))),
                // The SDK signer sends x-amz-content-sha256 to IAM too: no sign of S3 by itself.
                rejected("iam: header section too large before the signature", 431, "RequestHeaderFieldsTooLarge",
                        QUERY_ERROR, () -> RawHttp.send(port(), padded(sign("POST", "/", "Action=ListUsers&"
                                + IAM_VERSION, "iam", formType(), Optional.empty()), true))),
                rejected("iam: path with an invalid escape", 400, "MalformedHttpRequest", QUERY_ERROR,
                        () -> RawHttp.send(port(), retargeted(sign("POST", "/", "Action=ListUsers&" + IAM_VERSION,
                                "iam", formType(), Optional.empty()), "/%ZZ"))),
                rejected("sts: presigned URL with too large headers", 431, "RequestHeaderFieldsTooLarge", QUERY_ERROR,
                        () -> RawHttp.send(port(), padded(sign("GET", "/?Action=GetCallerIdentity&" + STS_VERSION,
                                "", "sts", Map.of(), Optional.empty(), clock.instant(),
                                Optional.of(Duration.ofMinutes(5))), false))),
                rejected("unsigned POST with too large headers", 431, "RequestHeaderFieldsTooLarge", QUERY_ERROR,
                        () -> RawHttp.send(port(), bytes("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + padding
                                + "Content-Length: 0\r\nConnection: close\r\n\r\n"))),
                rejected("workload DELETE with too large headers", 431, "RequestHeaderFieldsTooLarge", QUERY_ERROR,
                        () -> RawHttp.send(port(), bytes("DELETE /_warden/workloads/wl-1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                + padding + "Connection: close\r\n\r\n"))));
    }

    /**
     * Jetty rejects these before any route sees them; the answer is still in the words of the service
     * the request was for: S3's error document for S3 requests, the Query API's for IAM and STS.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedBeforeRouting")
    void rejectedBeforeRoutingInTheServicesWords(Rejected rejected) throws Exception {
        RawHttp.Response response = rejected.request().send();
        String body = response.text();
        assertThat(response.status()).as(body).isEqualTo(rejected.status());
        assertThat(response.xml().getDocumentElement().getLocalName()).as(body).isEqualTo(rejected.root());
        assertThat(response.xmlText("Code")).as(body).isEqualTo(rejected.code());
        assertThat(response.xmlText("RequestId")).as(body).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"queryApi", "policyDocuments", "signatures", "sts", "credentialEndpoints", "s3Gateway",
            "decisionGateway", "iamOperations"})
    void answeredLikeAws(Case hostile) throws Exception {
        RawHttp.Response response = hostile.request().send();
        String body = response.text();
        assertThat(body).as("no stack trace").doesNotContain("Exception:", "\tat ", "java.", "dev.warden", "jetty");
        assertThat(response.status()).as(body).isEqualTo(hostile.status());
        if (hostile.status() >= 300 && hostile.codes().stream().anyMatch(code -> !code.isEmpty())) {
            assertThat(code(response)).as(body).isIn(hostile.codes());
        }
        if (hostile.status() == 200) {
            assertThat(body).as(body).doesNotContain("<Error>");
        }
    }

    /**
     * Documents AWS's grammar does not forbid outright: stored, they come back exactly as sent (the
     * store keeps the text, not a re-encoding), evaluate without failing, and are deleted again.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("oddDocuments")
    void oddButValidDocumentsRoundTrip(String name, String document) throws Exception {
        RawHttp.Response created = createPolicy(name, document);
        assertThat(created.status()).as(created.text()).isIn(200, 400);
        if (created.status() == 400) {
            // ValidationError: characters outside the parameter's pattern (\u0009-\u00FF).
            assertThat(created.xmlText("Code")).isIn("MalformedPolicyDocument", "ValidationError");
            return;
        }
        String arn = created.xmlText("Arn");
        try {
            RawHttp.Response version = query("iam", form("Action", "GetPolicyVersion", "PolicyArn", arn, "VersionId", "v1")
                    + "&" + IAM_VERSION);
            assertThat(version.status()).as(version.text()).isEqualTo(200);
            assertThat(java.net.URLDecoder.decode(version.xmlText("Document"), StandardCharsets.UTF_8)).isEqualTo(document);
            RawHttp.Response simulated = simulate(document, "arn:aws:s3:::bucket/key", Map.of("s3:max-keys", "5"));
            assertThat(simulated.status()).as(simulated.text()).isEqualTo(200);
        } finally {
            RawHttp.Response deleted = query("iam", form("Action", "DeletePolicy", "PolicyArn", arn) + "&" + IAM_VERSION);
            assertThat(deleted.status()).as(deleted.text()).isEqualTo(200);
        }
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> oddDocuments() {
        String statement = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"%s\","
                + "\"Resource\":\"*\"}]}";
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("exponent", condition("NumericLessThan", "s3:max-keys",
                        "1e999999999")),
                org.junit.jupiter.params.provider.Arguments.of("negative-exponent", condition("NumericLessThan",
                        "s3:max-keys", "1e-999999999")),
                org.junit.jupiter.params.provider.Arguments.of("fraction", condition("NumericEquals", "s3:max-keys",
                        "0." + "1".repeat(3_000))),
                org.junit.jupiter.params.provider.Arguments.of("surrogate", String.format(statement, "s3:\\ud800")),
                org.junit.jupiter.params.provider.Arguments.of("nul", String.format(statement, "s3:Get\\u0000")),
                org.junit.jupiter.params.provider.Arguments.of("escaped", String.format(statement,
                        "\\u0073\\u0033:Get\\u004fbject")),
                org.junit.jupiter.params.provider.Arguments.of("unicode", String.format(statement, "s3:GetObjécté😀")));
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> storedDocumentsThatDoNotCompile() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("Allow with a number beyond range",
                        condition("NumericLessThan", "s3:max-keys", "1e999999999")),
                org.junit.jupiter.params.provider.Arguments.of("Deny with a date that is no date",
                        condition("DateLessThan", "aws:CurrentTime", "\"yesterday\"").replace("Allow", "Deny")),
                org.junit.jupiter.params.provider.Arguments.of("not JSON", "allow everything"));
    }

    /**
     * A policy stored before writes were checked for compiling (written straight into the store here)
     * fails the requests whose decision needs it closed: 403 AccessDenied naming the policy, even with
     * an Allow beside it, never a 500. Deleting it restores access.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("storedDocumentsThatDoNotCompile")
    void aStoredPolicyThatDoesNotCompileDeniesTheRequestsThatNeedIt(String name, String document) throws Exception {
        String userId = iam("CreateUser", "UserName", "stale-policy").xmlText("UserId");
        RawHttp.Response key = iam("CreateAccessKey", "UserName", "stale-policy");
        String keyId = key.xmlText("AccessKeyId");
        String secret = key.xmlText("SecretAccessKey");
        try {
            assertThat(iam("PutUserPolicy", "UserName", "stale-policy", "PolicyName", "readable", "PolicyDocument",
                    ALLOW_ALL).status()).isEqualTo(200);
            app.home().iam().context().store().write(tx -> {
                tx.inlinePolicies().put(new dev.warden.core.model.InlinePolicy(
                        dev.warden.core.model.PolicyOwner.user(userId), "stale", document));
                return null;
            });
            RawHttp.Response denied = asKey(keyId, secret, "Action=ListUsers&" + IAM_VERSION);
            assertThat(denied.status()).as(denied.text()).isEqualTo(403);
            assertThat(denied.xmlText("Code")).isEqualTo("AccessDenied");
            assertThat(denied.xmlText("Message")).contains("stale", "cannot be evaluated");

            assertThat(iam("DeleteUserPolicy", "UserName", "stale-policy", "PolicyName", "stale").status())
                    .isEqualTo(200);
            RawHttp.Response allowed = asKey(keyId, secret, "Action=ListUsers&" + IAM_VERSION);
            assertThat(allowed.status()).as(allowed.text()).isEqualTo(200);
        } finally {
            iam("DeleteUserPolicy", "UserName", "stale-policy", "PolicyName", "stale");
            iam("DeleteUserPolicy", "UserName", "stale-policy", "PolicyName", "readable");
            iam("DeleteAccessKey", "UserName", "stale-policy", "AccessKeyId", keyId);
            iam("DeleteUser", "UserName", "stale-policy");
        }
    }

    /** A trust policy that no longer compiles refuses AssumeRole (403 AccessDenied), not a 500. */
    @Test
    void aStoredTrustPolicyThatDoesNotCompileRefusesAssumeRole() throws Exception {
        String trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
                + "\"arn:aws:iam::" + ACCOUNT + ":root\"},\"Action\":\"sts:AssumeRole\"}]}";
        RawHttp.Response created = iam("CreateRole", "RoleName", "stale-trust", "AssumeRolePolicyDocument", trust);
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        try {
            app.home().iam().context().store().write(tx -> {
                var role = tx.roles().findByName(ACCOUNT, "stale-trust").orElseThrow();
                tx.roles().update(role.withAssumeRolePolicyDocument(trust.replace("\"Action\"",
                        "\"Condition\":{\"DateLessThan\":{\"aws:CurrentTime\":\"yesterday\"}},\"Action\"")));
                return null;
            });
            RawHttp.Response assumed = query("sts", form("Action", "AssumeRole", "RoleArn",
                    "arn:aws:iam::" + ACCOUNT + ":role/stale-trust", "RoleSessionName", "stale") + "&" + STS_VERSION);
            assertThat(assumed.status()).as(assumed.text()).isEqualTo(403);
            assertThat(assumed.xmlText("Code")).isEqualTo("AccessDenied");
            assertThat(assumed.xmlText("Message")).contains("role/stale-trust", "cannot be evaluated");
        } finally {
            iam("DeleteRole", "RoleName", "stale-trust");
        }
    }

    private static RawHttp.Response asKey(String keyId, String secret, String form) throws Exception {
        return RawHttp.send(port(), SdkSigner.sign(new SdkSigner.Spec("POST", url("/"), form, formType(), "iam",
                "us-east-1", clock.instant(), keyId, secret, Optional.empty(), Optional.empty())));
    }

    @Test
    void nothingIsWrittenOutsideTheS3Folder() throws Exception {
        Path home = app.homeDirectory();
        Set<String> before = filesOutsideS3(home);
        for (String path : List.of("/hostile-bucket/%2e%2e/%2e%2e/outside1", "/hostile-bucket/..%2f..%2foutside2",
                "/hostile-bucket/%2E%2E%5C%2E%2E%5Coutside3", "/hostile-bucket/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2foutside4")) {
            RawHttp.Response put = s3("PUT", path, bytes("payload"));
            assertThat(put.status()).as(path + ": " + put.text()).isIn(200, 400);
            if (put.status() == 200) {
                RawHttp.Response got = s3("GET", path, new byte[0]);
                assertThat(got.text()).isEqualTo("payload");
            }
        }
        assertThat(filesOutsideS3(home)).isEqualTo(before);
        try (Stream<Path> all = Files.walk(folder)) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("outside"));
        }
    }

    /** Parameter names the IAM and STS handlers read, given hostile values all at once by the sweep below. */
    private static final List<String> PARAMETER_NAMES = List.of("AWSServiceName", "AccessKeyId",
            "AllowUsersToChangePassword", "AssignmentStatus", "AssumeRolePolicyDocument", "AuthenticationCode1",
            "AuthenticationCode2", "CertificateBody", "CertificateChain", "CertificateId", "ClientID", "CustomSuffix",
            "DeletionTaskId", "Description", "Encoding", "GroupName", "HardExpiry", "InstanceProfileName", "Marker",
            "MaxItems", "MaxPasswordAge", "MaxSessionDuration", "MinimumPasswordLength", "NewGroupName", "NewPath",
            "NewServerCertificateName", "NewUserName", "Password", "OldPassword", "NewPassword", "PasswordResetRequired",
            "PasswordReusePrevention", "Path", "PathPrefix", "PermissionsBoundary", "PolicyArn", "PolicyDocument",
            "PolicyName", "PolicySourceArn", "PrivateKey", "RequireLowercaseCharacters", "RequireNumbers",
            "RequireSymbols", "RequireUppercaseCharacters", "RoleName", "SSHPublicKeyBody", "SSHPublicKeyId",
            "SerialNumber", "ServerCertificateName", "SetAsDefault", "Status", "Url", "UserName", "VersionId",
            "VirtualMFADeviceName", "Scope", "OnlyAttached", "PolicyUsageFilter", "EntityFilter", "OpenIDConnectProviderArn",
            "ThumbprintList.member.1", "ClientIDList.member.1", "Tags.member.1.Key", "Tags.member.1.Value",
            "TagKeys.member.1", "ActionNames.member.1", "ResourceArns.member.1", "PolicyInputList.member.1",
            "PermissionsBoundaryPolicyInputList.member.1", "ResourcePolicy", "ResourceOwner", "CallerArn",
            "ContextEntries.member.1.ContextKeyName", "ContextEntries.member.1.ContextKeyType",
            "ContextEntries.member.1.ContextKeyValues.member.1", "Filter.member.1", "RoleArn", "RoleSessionName",
            "DurationSeconds", "ExternalId", "Policy", "PolicyArns.member.1.arn", "TokenCode", "SourceIdentity",
            "TransitiveTagKeys.member.1", "WebIdentityToken", "ProviderId", "Name", "EncodedMessage", "AccountAlias",
            "GlobalEndpointTokenVersion", "Sid", "Arn", "Granularity", "JobId", "SAMLMetadataDocument",
            "SAMLProviderArn", "ServiceNamespace", "ServiceNamespaces.member.1", "SAMLAssertion", "PrincipalArn",
            "EntityPath", "OrganizationsPolicyId", "SortKey", "DelegationRequestId", "Notes", "OwnerId",
            "OwnerAccountId", "RequestMessage", "RequestorWorkflowId", "RedirectUrl", "NotificationChannel",
            "SessionDuration", "OnlySendByOwner", "Permissions.PolicyTemplateArn",
            "Permissions.Parameters.member.1.Name", "Permissions.Parameters.member.1.Type", "EntityArn", "Locale",
            "TargetPrincipal", "TaskPolicyArn.arn", "TradeInToken");

    static Stream<org.junit.jupiter.params.provider.Arguments> everyActionWithHostileValues() {
        Set<String> iamActions = new TreeSet<>(dev.warden.server.iam.IamQueryHandlers.create(
                new dev.warden.server.iam.IamApiContext(app.home().iam(), ACCOUNT, clock,
                        dev.warden.catalog.Catalog.get(), app.home().audit())).keySet());
        Set<String> stsActions = Set.of("AssumeRole", "AssumeRoleWithWebIdentity", "GetFederationToken",
                "GetSessionToken", "DecodeAuthorizationMessage", "GetAccessKeyInfo", "GetCallerIdentity", "AssumeRoot",
                "GetDelegatedAccessToken");
        List<String> values = List.of("", "%", "\u0001", "-1", "1e999", "x".repeat(3_000), "arn:aws:iam::" + ACCOUNT
                + ":user/%");
        List<org.junit.jupiter.params.provider.Arguments> all = new ArrayList<>();
        for (String value : values) {
            all.add(org.junit.jupiter.params.provider.Arguments.of("iam", iamActions, value));
            all.add(org.junit.jupiter.params.provider.Arguments.of("sts", new TreeSet<>(stsActions), value));
        }
        return all.stream();
    }

    /**
     * Every IAM and STS action, each with every parameter name set to one hostile value (none of them
     * a valid name, so nothing is created): no 500, no stack trace, always an AWS error document.
     */
    @ParameterizedTest(name = "{0} with {2}")
    @MethodSource("everyActionWithHostileValues")
    void everyActionAnswersHostileValuesWithAnAwsError(String service, Set<String> actions, String value)
            throws Exception {
        List<String> failures = new ArrayList<>();
        for (String action : actions) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("Action", action);
            params.put("Version", service.equals("iam") ? "2010-05-08" : "2011-06-15");
            PARAMETER_NAMES.forEach(name -> params.put(name, value));
            RawHttp.Response response = query(service, form(params));
            String body = response.text();
            if (response.status() >= 500 || body.contains("Exception:") || body.contains("\tat ")) {
                failures.add(action + " -> " + response.status() + " " + body);
            } else if (response.status() >= 400 && code(response) == null) {
                failures.add(action + " -> " + response.status() + " without a code: " + body);
            }
        }
        assertThat(failures).isEmpty();
    }

    /** Path prefixes are literal text: SQL wildcards and regex characters in them match only themselves. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/_", "/%", "/%/", "/_eam/", "/t%", "/.*", "/[t]", "/\\",
            "/'", "/team/'--"})
    void pathPrefixesAreLiteral(String prefix) throws Exception {
        for (String action : List.of("ListUsers", "ListRoles", "ListGroups")) {
            RawHttp.Response listed = iam(action, "PathPrefix", prefix);
            assertThat(listed.status()).as(listed.text()).isEqualTo(200);
            assertThat(listed.text()).doesNotContain("<member>");
        }
        // ListPolicies' PathPrefix has a pattern of its own, ((/[A-Za-z0-9\.,\+@=_-]+)*)/, as in AWS's model.
        RawHttp.Response policies = iam("ListPolicies", "Scope", "Local", "PathPrefix", prefix);
        assertThat(policies.status()).as(policies.text()).isIn(200, 400);
        if (policies.status() == 400) {
            assertThat(policies.xmlText("Code")).isEqualTo("ValidationError");
        } else {
            assertThat(policies.text()).doesNotContain("<member>");
        }
        RawHttp.Response team = iam("ListUsers", "PathPrefix", "/team/");
        assertThat(team.xmlText("UserName")).isEqualTo("pathed");
    }

    @Test
    void namesDifferingInCaseOnlyAreTheSameEntity() throws Exception {
        RawHttp.Response again = iam("CreateUser", "UserName", "PATHED");
        assertThat(again.status()).as(again.text()).isEqualTo(409);
        assertThat(again.xmlText("Code")).isEqualTo("EntityAlreadyExists");
    }

    @Test
    void unicodeTagValuesRoundTrip() throws Exception {
        String value = "日本語 ü ñ 한국어 ع";
        RawHttp.Response tagged = iam("TagUser", "UserName", "pathed", "Tags.member.1.Key", "lang",
                "Tags.member.1.Value", value);
        assertThat(tagged.status()).as(tagged.text()).isEqualTo(200);
        try {
            assertThat(iam("ListUserTags", "UserName", "pathed").xmlText("Value")).isEqualTo(value);
        } finally {
            iam("UntagUser", "UserName", "pathed", "TagKeys.member.1", "lang");
        }
    }

    @Test
    void everyMetadataHeaderWithinTheLimitIsKept() throws Exception {
        Map<String, String> metadata = new LinkedHashMap<>();
        for (int i = 0; i < 100; i++) {
            metadata.put("x-amz-meta-m" + i, "v");
        }
        RawHttp.Response put = s3("PUT", "/hostile-bucket/many-metadata", bytes("x"), metadata);
        assertThat(put.status()).as(put.text()).isEqualTo(200);
        RawHttp.Response head = s3("HEAD", "/hostile-bucket/many-metadata", new byte[0]);
        assertThat(head.headers().keySet().stream().filter(name -> name.startsWith("x-amz-meta-"))).hasSize(100);
        RawHttp.Response exactly = s3("PUT", "/hostile-bucket/full-metadata", bytes("x"),
                Map.of("x-amz-meta-k", "v".repeat(2_047)));
        assertThat(exactly.status()).as(exactly.text()).isEqualTo(200);
    }

    @Test
    void anSdkPresignedS3UrlWorks() throws Exception {
        try (var presigner = software.amazon.awssdk.services.s3.presigner.S3Presigner.builder()
                .endpointOverride(java.net.URI.create(url("")))
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .serviceConfiguration(software.amazon.awssdk.services.s3.S3Configuration.builder()
                        .pathStyleAccessEnabled(true).build())
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(admin))
                .build()) {
            var presigned = presigner.presignGetObject(r -> r.signatureDuration(Duration.ofMinutes(5))
                    .getObjectRequest(g -> g.bucket("hostile-bucket").key("presigned.txt")));
            var response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(presigned.url().toURI()).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("presigned content");
        }
    }

    @Test
    void anExpiredSessionTokenIsExpiredToken() throws Exception {
        RawHttp.Response session = query("sts", "Action=GetSessionToken&DurationSeconds=900&" + STS_VERSION);
        assertThat(session.status()).as(session.text()).isEqualTo(200);
        String keyId = session.xmlText("AccessKeyId");
        String secret = session.xmlText("SecretAccessKey");
        String token = session.xmlText("SessionToken");
        clock.advance(Duration.ofHours(1));
        try {
            SignedRequest request = SdkSigner.sign(new SdkSigner.Spec("POST", url("/"), "Action=GetCallerIdentity&"
                    + STS_VERSION, formType(), "sts", "us-east-1", clock.instant(), keyId, secret, Optional.of(token),
                    Optional.empty()));
            RawHttp.Response expired = RawHttp.send(port(), request);
            assertThat(expired.status()).as(expired.text()).isEqualTo(403);
            assertThat(expired.xmlText("Code")).isEqualTo("ExpiredToken");
        } finally {
            clock.advance(Duration.ofHours(-1));
        }
    }

    @Test
    void concurrentSlowClientsDoNotBlockOthers() throws Exception {
        // A client that declares a body and never sends it holds one connection, not the server.
        try (java.net.Socket idle = new java.net.Socket("127.0.0.1", port())) {
            idle.getOutputStream().write(bytes("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\nAct"));
            idle.getOutputStream().flush();
            RawHttp.Response identity = query("sts", "Action=GetCallerIdentity&" + STS_VERSION);
            assertThat(identity.status()).isEqualTo(200);
        }
    }

}
