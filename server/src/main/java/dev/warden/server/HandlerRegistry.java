package dev.warden.server;

import dev.warden.server.query.QueryService;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The operations the server routes to: signing name ({@code iam}, {@code sts}) → {@code Action} →
 * handler. Immutable.
 */
public final class HandlerRegistry<P> {

    private final Map<String, Map<String, QueryHandler<P>>> handlers;

    /** @throws IllegalArgumentException for a service that is not a known {@link QueryService} */
    public HandlerRegistry(Map<String, Map<String, QueryHandler<P>>> handlers) {
        Map<String, Map<String, QueryHandler<P>>> copy = new LinkedHashMap<>();
        handlers.forEach((service, actions) -> {
            if (QueryService.bySigningName(service).isEmpty()) {
                throw new IllegalArgumentException("unknown Query service: " + service);
            }
            copy.put(service, Collections.unmodifiableMap(new LinkedHashMap<>(actions)));
        });
        this.handlers = Collections.unmodifiableMap(copy);
    }

    public Optional<QueryHandler<P>> find(String service, String action) {
        return Optional.ofNullable(handlers.getOrDefault(service, Map.of()).get(action));
    }

    /** Signing names with at least one operation. */
    public Set<String> services() {
        return handlers.keySet();
    }

    public Map<String, Map<String, QueryHandler<P>>> asMap() {
        return handlers;
    }
}
