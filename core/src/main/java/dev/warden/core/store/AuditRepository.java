package dev.warden.core.store;

import dev.warden.core.audit.AuditEvent;
import dev.warden.core.audit.AuditQuery;
import java.util.List;

/** Append-only: there is deliberately no update or delete. */
public interface AuditRepository {
    void append(AuditEvent event);

    /** Newest first. */
    List<AuditEvent> query(AuditQuery query);
}
