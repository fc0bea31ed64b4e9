package dev.warden.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * NOT an authorization implementation: allows every request without evaluating any policy. It is the
 * default only until the policy engine is plugged in as the {@link RequestAuthorizer}; the server
 * logs a warning at start while it is in use.
 */
public final class UnenforcedAllowAllAuthorizer<P> implements RequestAuthorizer<P> {

    static final String EXPLANATION = "no policy evaluated: authorization is not enforced";

    private static final Logger LOG = LoggerFactory.getLogger(UnenforcedAllowAllAuthorizer.class);

    void warnAtStart() {
        LOG.warn("Authorization is NOT enforced: every authenticated request is allowed (no RequestAuthorizer set)");
    }

    @Override
    public AuthorizationDecision authorize(QueryCall<P> call) {
        return new AuthorizationDecision.Allow(EXPLANATION);
    }
}
