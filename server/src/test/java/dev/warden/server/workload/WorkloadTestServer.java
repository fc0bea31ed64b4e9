package dev.warden.server.workload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.core.iam.Iam;
import dev.warden.core.iam.InlinePolicyRequests;
import dev.warden.core.iam.InstanceProfileRequests;
import dev.warden.core.iam.RoleRequests;
import dev.warden.core.iam.UserRequests;
import dev.warden.core.iam.CreatedAccessKey;
import dev.warden.server.app.WardenApp;
import dev.warden.server.app.WardenAppSettings;
import dev.warden.server.auth.SdkSigner;
import dev.warden.server.auth.SignedRequest;
import dev.warden.server.testing.MutableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Warden app on a free port with the cast of the workload tests: users {@code dev} (may assume any
 * role, pass {@code fn} and {@code app} to Lambda only and {@code ec2r} to EC2) and {@code nopass} (may assume roles, pass none); roles
 * {@code fn} (trusts Lambda for the function {@code good-fn} of this account only), {@code app}
 * (trusts the account) and {@code ec2r} in the instance profile {@code ip}.
 */
final class WorkloadTestServer implements AutoCloseable {

    static final String ACCOUNT = "123456789012";
    static final String FN_TRUST = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},
             "Action":"sts:AssumeRole","Condition":{"StringEquals":{"aws:SourceAccount":"123456789012"},
             "ArnLike":{"aws:SourceArn":"arn:aws:lambda:*:123456789012:function:good-fn"}}}]}""";
    static final String ACCOUNT_TRUST = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},
             "Action":"sts:AssumeRole"}]}""";
    static final String EC2_TRUST = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},
             "Action":"sts:AssumeRole"}]}""";
    static final String DEV_POLICY = """
            {"Version":"2012-10-17","Statement":[
             {"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*"},
             {"Effect":"Allow","Action":"iam:PassRole",
              "Resource":["arn:aws:iam::123456789012:role/fn","arn:aws:iam::123456789012:role/app"],
              "Condition":{"StringEquals":{"iam:PassedToService":"lambda.amazonaws.com"}}},
             {"Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:iam::123456789012:role/ec2r",
              "Condition":{"StringEquals":{"iam:PassedToService":"ec2.amazonaws.com"}}}]}""";
    static final String NOPASS_POLICY = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*"}]}""";

    /** Set by the HTTP client itself; the signer's values for them are the same. */
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection");
    private static final ObjectMapper JSON = new ObjectMapper();

    record Key(String id, String secret) {}

    record Response(int status, String body, java.net.http.HttpHeaders headers) {
        JsonNode json() throws Exception {
            return JSON.readTree(body);
        }

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    final MutableClock clock = new MutableClock();
    final WardenApp app;
    final Key dev;
    final Key nopass;
    private final HttpClient http = HttpClient.newHttpClient();

    WorkloadTestServer(Path home) {
        app = WardenApp.start(new WardenAppSettings(home, "127.0.0.1", 0, ACCOUNT, clock));
        Iam iam = app.home().iam();
        dev = user(iam, "dev", DEV_POLICY);
        nopass = user(iam, "nopass", NOPASS_POLICY);
        iam.roles().createRole(RoleRequests.CreateRole.of("fn", FN_TRUST));
        iam.roles().createRole(RoleRequests.CreateRole.of("app", ACCOUNT_TRUST));
        iam.roles().createRole(RoleRequests.CreateRole.of("ec2r", EC2_TRUST));
        iam.instanceProfiles().createInstanceProfile(InstanceProfileRequests.CreateInstanceProfile.named("ip"));
        iam.instanceProfiles().addRoleToInstanceProfile(new InstanceProfileRequests.RoleMembership("ip", "ec2r"));
        app.iamChanged();
    }

    private static Key user(Iam iam, String name, String policy) {
        iam.users().createUser(UserRequests.CreateUser.named(name));
        iam.inlinePolicies().putUserPolicy(new InlinePolicyRequests.PutPolicy(name, "p", policy));
        CreatedAccessKey key = iam.accessKeys().createAccessKey(name);
        return new Key(key.accessKey().accessKeyId(), key.secretAccessKey().reveal());
    }

    String base() {
        return "http://127.0.0.1:" + app.port();
    }

    Response register(Key who, String json) throws Exception {
        return signed(who, "POST", "/_warden/workloads", json, Optional.empty());
    }

    Response deregister(Key who, String workloadId) throws Exception {
        return signed(who, "DELETE", "/_warden/workloads/" + workloadId, "", Optional.empty());
    }

    /** A request signed with SigV4 at the server's clock time (the SDK's own signer). */
    Response signed(Key who, String method, String path, String body, Optional<String> sessionToken) throws Exception {
        String url = base() + path;
        Map<String, String> headers = body.isEmpty() ? Map.of()
                : Map.of("Content-Type", path.equals("/") ? "application/x-www-form-urlencoded; charset=utf-8"
                        : "application/json");
        SignedRequest signed = SdkSigner.sign(new SdkSigner.Spec(method, url, body, headers, "sts", "us-east-1",
                clock.instant(), who.id(), who.secret(), sessionToken, Optional.empty()));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(signed.body()));
        signed.headers().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> request.header(name, v));
            }
        });
        return send(request);
    }

    Response get(String url, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        headers.forEach(request::header);
        return send(request);
    }

    Response put(String url, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).PUT(HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return send(request);
    }

    private Response send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body(), response.headers());
    }

    @Override
    public void close() {
        app.close();
    }
}
