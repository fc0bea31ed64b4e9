package dev.warden.core.audit;

import dev.warden.core.store.Store;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The append-only audit trail. Every record passes through {@link AuditRedactor} before it is stored;
 * a missing eventId or eventTime is filled in. Rows cannot be changed or deleted (database triggers).
 */
public final class AuditLog {
    private final Store store;
    private final Clock clock;

    public AuditLog(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Stores the event and returns it as stored (redacted, with id and time). */
    public AuditEvent record(AuditEvent event) {
        AuditEvent complete = new AuditEvent(
                event.eventId() == null ? UUID.randomUUID().toString() : event.eventId(),
                event.eventTime() == null ? clock.instant().truncatedTo(ChronoUnit.MILLIS) : event.eventTime(),
                event.eventSource(), event.eventName(), event.awsRegion(), event.sourceIpAddress(), event.userAgent(),
                event.userIdentity(), null, null, event.errorCode(), event.errorMessage(), event.requestId(), null)
                .withJson(AuditRedactor.redact(event.requestParameters()), AuditRedactor.redact(event.responseElements()),
                        AuditRedactor.redact(event.decision()));
        store.write(tx -> {
            tx.audit().append(complete);
            return null;
        });
        return complete;
    }

    /** Newest first. */
    public List<AuditEvent> query(AuditQuery query) {
        return store.read(tx -> tx.audit().query(query));
    }
}
