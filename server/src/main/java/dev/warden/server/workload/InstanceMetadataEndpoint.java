package dev.warden.server.workload;

import static dev.warden.server.workload.CredentialResponses.issue;
import static dev.warden.server.workload.CredentialResponses.json;
import static dev.warden.server.workload.CredentialResponses.text;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code /_warden/imds/{id}/latest/…}: the part of the EC2 instance metadata service the SDKs use for
 * credentials, per workload: {@code PUT latest/api/token} (IMDSv2, TTL 1 to 21,600 s), then
 * {@code GET latest/meta-data/iam/security-credentials/[ROLE]} and {@code latest/meta-data/iam/info}
 * with the token. Without a token IMDS answers 401 unless the workload was registered with
 * {@code imdsV1}; a wrong or expired token is 401 either way. Token requests are refused as IMDS refuses
 * them: 400 without a TTL from 1 to 21,600, 403 with {@code X-Forwarded-For} (a proxied request) or on a
 * version-specific path.
 *
 * <p>The endpoint handed out ends with {@code /}: the Debian AWS CLI appends {@code latest/…} without a
 * slash, botocore adds one only when missing, the Java SDK appends {@code /latest/…} (so the path holds
 * {@code //latest}); leading slashes are dropped, so every form reaches the same answer.
 */
final class InstanceMetadataEndpoint {

    static final String TOKEN_HEADER = "X-aws-ec2-metadata-token";
    static final String TTL_HEADER = "X-aws-ec2-metadata-token-ttl-seconds";
    /** IMDS versions are {@code 1.0} and dates; only {@code latest} hands out tokens. */
    private static final Pattern VERSIONED_TOKEN_PATH = Pattern.compile("(1\\.0|\\d{4}-\\d{2}-\\d{2})/api/token");

    private final WorkloadRegistry registry;
    private final WorkloadSessions sessions;
    private final ImdsTokens tokens;
    private final Clock clock;

    InstanceMetadataEndpoint(WorkloadRegistry registry, WorkloadSessions sessions, ImdsTokens tokens, Clock clock) {
        this.registry = registry;
        this.sessions = sessions;
        this.tokens = tokens;
        this.clock = clock;
    }

    void token(Context ctx) {
        Instant now = clock.instant();
        String path = path(ctx);
        if (VERSIONED_TOKEN_PATH.matcher(path).matches()) {
            // The EC2 User Guide: a token PUT to a version-specific path (…/2021-03-23/api/token) is a 403, by intent.
            text(ctx, 403, "Forbidden");
            return;
        }
        if (!path.equals("latest/api/token")) {
            text(ctx, 404, "Not Found");
            return;
        }
        Optional<Workload> workload = registry.find(ctx.pathParam("id"), now);
        if (workload.isEmpty()) {
            text(ctx, 404, "Not Found");
            return;
        }
        if (ctx.header("X-Forwarded-For") != null) {
            // IMDS refuses proxied token requests.
            text(ctx, 403, "Forbidden");
            return;
        }
        int ttl;
        try {
            ttl = Integer.parseInt(Optional.ofNullable(ctx.header(TTL_HEADER)).orElse("").trim());
        } catch (NumberFormatException e) {
            ttl = -1;
        }
        if (ttl < 1 || ttl > ImdsTokens.MAX_TTL_SECONDS) {
            text(ctx, 400, "Bad Request");
            return;
        }
        text(ctx, 200, tokens.issue(workload.get().id(), Duration.ofSeconds(ttl), now).reveal());
        ctx.header(TTL_HEADER, Integer.toString(ttl));
    }

    void get(Context ctx) {
        Instant now = clock.instant();
        Optional<Workload> found = registry.find(ctx.pathParam("id"), now);
        if (found.isEmpty()) {
            text(ctx, 404, "Not Found");
            return;
        }
        Workload workload = found.get();
        String token = ctx.header(TOKEN_HEADER);
        boolean tokenValid = token != null && tokens.valid(workload.id(), token, now);
        if (!tokenValid && (token != null || !workload.imdsV1Allowed())) {
            // IMDSv2 required (or a wrong/expired token): IMDS answers 401.
            text(ctx, 401, "Unauthorized");
            return;
        }
        String path = path(ctx);
        String credentialsPath = "latest/meta-data/iam/security-credentials";
        if (path.equals(credentialsPath) || path.equals(credentialsPath + "/")) {
            text(ctx, 200, workload.roleName());
        } else if (path.equals(credentialsPath + "/" + workload.roleName())) {
            issue(ctx, workload, () -> CredentialsJson.instanceMetadata(sessions.credentials(workload)));
        } else if (path.equals("latest/meta-data/iam/info") && workload.instanceProfileArn().isPresent()) {
            json(ctx, 200, CredentialsJson.instanceProfileInfo(workload.registeredAt(),
                    workload.instanceProfileArn().get(), workload.instanceProfileId().orElse("")));
        } else {
            text(ctx, 404, "Not Found");
        }
    }

    /** The path after {@code /_warden/imds/{id}/}, without the extra slashes some clients add. */
    private static String path(Context ctx) {
        String path = ctx.pathParam("path");
        int start = 0;
        while (start < path.length() && path.charAt(start) == '/') {
            start++;
        }
        return path.substring(start);
    }
}
