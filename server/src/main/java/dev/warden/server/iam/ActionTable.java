package dev.warden.server.iam;

import dev.warden.server.QueryHandler;
import dev.warden.server.principal.WardenPrincipal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Collects IAM actions by name while the handler families register themselves. */
final class ActionTable {

    private final Map<String, QueryHandler<WardenPrincipal>> handlers = new LinkedHashMap<>();

    ActionTable add(String action, IamAction body) {
        if (handlers.putIfAbsent(action, body.asHandler()) != null) {
            throw new IllegalStateException("action registered twice: " + action);
        }
        return this;
    }

    Map<String, QueryHandler<WardenPrincipal>> toMap() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(handlers));
    }
}
