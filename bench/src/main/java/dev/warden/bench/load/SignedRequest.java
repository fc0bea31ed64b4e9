package dev.warden.bench.load;

import java.util.Map;
import java.util.Objects;

/**
 * One request signed ahead of the run (SigV4 signatures stay valid for minutes), so that signing
 * costs the load generator nothing while it measures the server.
 *
 * @param headers the signed headers and the Authorization header, as sent
 * @param body the form body, sent byte for byte as signed
 */
public record SignedRequest(Map<String, String> headers, String body) {

    public SignedRequest {
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
        Objects.requireNonNull(body, "body");
    }
}
