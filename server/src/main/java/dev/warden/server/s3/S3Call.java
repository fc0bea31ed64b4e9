package dev.warden.server.s3;

import dev.warden.server.auth.StreamingVerification;
import dev.warden.server.principal.WardenPrincipal;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One authenticated S3 request, routed: what the operations need to act and answer.
 *
 * @param query the decoded query parameters (presigning ones left out)
 */
record S3Call(String requestId, Instant receivedAt, Context ctx, S3Operation operation, S3Address address,
        Map<String, String> query, StreamingVerification<WardenPrincipal> verification) {

    String bucket() {
        return address.bucket().orElseThrow();
    }

    String key() {
        return address.key().orElseThrow();
    }

    Optional<String> param(String name) {
        return Optional.ofNullable(query.get(name));
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(ctx.header(name));
    }
}
