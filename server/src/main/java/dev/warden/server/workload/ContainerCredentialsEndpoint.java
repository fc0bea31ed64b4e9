package dev.warden.server.workload;

import static dev.warden.server.workload.CredentialResponses.issue;
import static dev.warden.server.workload.CredentialResponses.json;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code GET /_warden/workloads/{id}/credentials}: the ECS container credentials endpoint of one
 * workload. The {@code Authorization} header must be the workload's token: missing is 401, anything
 * else (a wrong token, another workload's, an ended workload) 403, so that an SDK that falls back to
 * an unauthenticated request (the JavaScript SDK does, wire-protocol.md §4.1) gets nothing.
 */
final class ContainerCredentialsEndpoint implements Handler {

    static final String TOKEN_HEADER = "Authorization";

    private final WorkloadRegistry registry;
    private final WorkloadSessions sessions;
    private final Clock clock;

    ContainerCredentialsEndpoint(WorkloadRegistry registry, WorkloadSessions sessions, Clock clock) {
        this.registry = registry;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public void handle(Context ctx) {
        Instant now = clock.instant();
        Optional<Workload> workload = registry.find(ctx.pathParam("id"), now);
        String presented = ctx.header(TOKEN_HEADER);
        if (presented == null || presented.isEmpty()) {
            json(ctx, 401, CredentialsJson.error("Unauthorized",
                    "The Authorization header with the workload's token (AWS_CONTAINER_AUTHORIZATION_TOKEN) is missing."));
            return;
        }
        if (workload.isEmpty() || !workload.get().token().matches(presented)) {
            json(ctx, 403, CredentialsJson.error("AccessDenied",
                    "The authorization token is not valid for this workload, or the workload has ended."));
            return;
        }
        issue(ctx, workload.get(), () -> CredentialsJson.container(sessions.credentials(workload.get()),
                workload.get().roleArn()));
    }
}
