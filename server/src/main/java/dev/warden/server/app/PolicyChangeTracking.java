package dev.warden.server.app;

import dev.warden.server.QueryHandler;
import dev.warden.server.SignatureRequirement;
import dev.warden.server.authz.PolicyGeneration;
import dev.warden.server.principal.WardenPrincipal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wraps IAM handlers so that every operation that may write advances the {@link PolicyGeneration}
 * when it ends, successfully or not (a failed write may have written part), which invalidates every
 * cached compiled policy. Reads ({@code Get*}, {@code List*}, {@code Simulate*}) are left as they
 * are. The IAM handlers themselves need not know about the cache.
 */
final class PolicyChangeTracking {

    private PolicyChangeTracking() {}

    static Map<String, QueryHandler<WardenPrincipal>> wrap(Map<String, QueryHandler<WardenPrincipal>> handlers,
            PolicyGeneration generation) {
        Map<String, QueryHandler<WardenPrincipal>> wrapped = new LinkedHashMap<>();
        handlers.forEach((action, handler) -> wrapped.put(action,
                isRead(action) ? handler : advancing(handler, generation)));
        return wrapped;
    }

    static boolean isRead(String action) {
        return action.startsWith("Get") || action.startsWith("List") || action.startsWith("Simulate");
    }

    private static QueryHandler<WardenPrincipal> advancing(QueryHandler<WardenPrincipal> handler,
            PolicyGeneration generation) {
        return new QueryHandler<>() {
            @Override
            public dev.warden.server.xml.XmlResult handle(dev.warden.server.QueryCall<WardenPrincipal> call) {
                try {
                    return handler.handle(call);
                } finally {
                    generation.advance();
                }
            }

            @Override
            public SignatureRequirement signatureRequirement() {
                return handler.signatureRequirement();
            }
        };
    }
}
