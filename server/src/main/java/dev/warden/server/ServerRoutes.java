package dev.warden.server;

import dev.warden.server.auth.SigV4Verifier;
import io.javalin.Javalin;

/**
 * More HTTP routes on Warden's server, added before the Query endpoint's catch-all so that their paths
 * win; they get the server's SigV4 verifier to authenticate callers exactly as IAM and STS calls are.
 */
@FunctionalInterface
public interface ServerRoutes<P> {

    void addTo(Javalin app, SigV4Verifier<P> verifier);
}
