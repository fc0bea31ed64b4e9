package dev.warden.core.store;

import dev.warden.core.audit.AuditEvent;
import dev.warden.core.audit.AuditQuery;
import java.util.List;

/** Append-only: there is deliberately no update or delete. */
public interface AuditRepository {
    void append(AuditEvent event);

    /** Appends each event in order, as {@link #append} would; implementations may prepare once for all. */
    default void appendAll(List<AuditEvent> events) {
        events.forEach(this::append);
    }

    /** Newest first. */
    List<AuditEvent> query(AuditQuery query);
}
