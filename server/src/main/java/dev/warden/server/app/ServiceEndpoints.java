package dev.warden.server.app;

import dev.warden.server.AuditSink;
import dev.warden.server.RequestMetrics;
import dev.warden.server.WardenServer;
import dev.warden.server.auth.CredentialStore;
import dev.warden.server.auth.SigV4Verifier;
import dev.warden.server.auth.SigningKeyCache;
import dev.warden.server.authz.ServiceActionAuthorizer;
import dev.warden.server.gateway.DecisionGateway;
import dev.warden.server.principal.WardenPrincipal;
import dev.warden.server.s3.S3Authorization;
import dev.warden.server.s3.S3BadMessages;
import dev.warden.server.s3.S3Endpoint;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The endpoints beside IAM and STS on the same port, chosen by the service a request is signed for:
 * S3 (data under {@code $WARDEN_HOME/s3}) and the decision-only gateway for services Warden does not
 * run (Glue, Lambda, Step Functions, EMR).
 */
final class ServiceEndpoints {

    private final S3Endpoint s3;
    private final DecisionGateway gateway;

    ServiceEndpoints(Path home, CredentialStore<WardenPrincipal> credentials, Clock clock,
            ServiceActionAuthorizer authorizer, AuditSink audit, RequestMetrics metrics) {
        SigV4Verifier<WardenPrincipal> verifier = new SigV4Verifier<>(credentials, clock, new SigningKeyCache());
        this.s3 = S3Endpoint.create(home.resolve("s3"), verifier, new S3Authorization(authorizer), audit, metrics,
                clock);
        this.gateway = new DecisionGateway(verifier, authorizer, audit, metrics, clock);
    }

    WardenServer.Builder<WardenPrincipal> addTo(WardenServer.Builder<WardenPrincipal> builder) {
        builder.serviceEndpoint("s3", s3, new S3BadMessages(WardenServer.MAX_REQUEST_HEADER_BYTES));
        for (String service : gateway.signingNames()) {
            builder.serviceEndpoint(service, gateway);
        }
        return builder;
    }
}
