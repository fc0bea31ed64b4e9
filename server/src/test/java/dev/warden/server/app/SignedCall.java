package dev.warden.server.app;

import dev.warden.server.auth.SdkSigner;
import dev.warden.server.auth.SignedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One Query request signed by the SDK's own SigV4 signer at a chosen time (the SDK clients always
 * sign with the real time), sent with the JDK's HTTP client.
 */
final class SignedCall {

    record Response(int status, String body) {}

    /** Set by the HTTP client itself; the signer's values for them are the same. */
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection");

    private SignedCall() {}

    static Response send(int port, String service, Instant signingTime, String body, String accessKeyId,
            String secret, String sessionToken) throws Exception {
        String url = "http://127.0.0.1:" + port + "/";
        SignedRequest signed = SdkSigner.sign(new SdkSigner.Spec("POST", url, body,
                Map.of("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"), service, "us-east-1",
                signingTime, accessKeyId, secret, Optional.ofNullable(sessionToken), Optional.empty()));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.ofByteArray(signed.body()));
        signed.headers().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> request.header(name, v));
            }
        });
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body());
    }
}
