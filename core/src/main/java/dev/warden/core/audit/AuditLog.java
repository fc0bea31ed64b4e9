package dev.warden.core.audit;

import dev.warden.core.id.TimeOrderedUuids;
import dev.warden.core.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The append-only audit trail. Every record passes through {@link AuditRedactor} before it is stored;
 * a missing eventId or eventTime is filled in. Rows cannot be changed or deleted (database triggers).
 * {@link #record} stores at once; {@link #append} hands the record to a background {@link AuditWriter}
 * that batches many into one transaction. {@link #query} first waits for what was appended before it,
 * so a reader in this process always sees its own appends.
 */
public final class AuditLog implements AutoCloseable {
    private final Store store;
    private final Clock clock;
    private final AuditWriter writer;

    public AuditLog(Store store, Clock clock) {
        this(store, clock, AuditWriter.Settings.DEFAULTS);
    }

    public AuditLog(Store store, Clock clock, AuditWriter.Settings writerSettings) {
        this.store = store;
        this.clock = clock;
        this.writer = new AuditWriter(store, writerSettings);
    }

    /** Stores the event and returns it as stored (redacted, with id and time). */
    public AuditEvent record(AuditEvent event) {
        AuditEvent complete = complete(event);
        store.write(tx -> {
            tx.audit().append(complete);
            return null;
        });
        return complete;
    }

    /**
     * Queues the event for the background writer (blocking only while its queue is full) and returns
     * it as it will be stored. Durable after {@link #flush()} or {@link #close()}.
     */
    public AuditEvent append(AuditEvent event) {
        AuditEvent complete = complete(event);
        writer.submit(complete);
        return complete;
    }

    /** Waits until every appended event is stored (or, after failed retries, counted as lost). */
    public void flush() {
        writer.flush();
    }

    /** Appended events given up after every write attempt failed (each also logged at ERROR). */
    public long lostRecords() {
        return writer.lost();
    }

    /** Flushes and stops the background writer; later appends are stored synchronously. */
    @Override
    public void close() {
        writer.close();
    }

    private AuditEvent complete(AuditEvent event) {
        Instant time = event.eventTime() == null ? clock.instant().truncatedTo(ChronoUnit.MILLIS) : event.eventTime();
        return new AuditEvent(
                event.eventId() == null ? TimeOrderedUuids.stringAt(time) : event.eventId(),
                time,
                event.eventSource(), event.eventName(), event.awsRegion(), event.sourceIpAddress(), event.userAgent(),
                event.userIdentity(), null, null, event.errorCode(), event.errorMessage(), event.requestId(), null)
                .withJson(AuditRedactor.redact(event.requestParameters()), AuditRedactor.redact(event.responseElements()),
                        AuditRedactor.redact(event.decision()));
    }

    /** Newest first; includes every event appended before the call. */
    public List<AuditEvent> query(AuditQuery query) {
        writer.flush();
        return store.read(tx -> tx.audit().query(query));
    }

    /**
     * Visits every event from {@code from} (inclusive, null for the beginning) to {@code to}
     * (exclusive, null for now) of one principal ARN (null for all), newest first, however many there
     * are: pages of {@link AuditQuery#MAX_LIMIT}, each continuing below the oldest time of the last
     * (inclusive of it, with event ids keeping an event from being visited twice).
     */
    public void forEach(Instant from, Instant to, String principalArn, Consumer<AuditEvent> visitor) {
        Set<String> seen = new HashSet<>();
        Instant cursor = to;
        while (true) {
            List<AuditEvent> page = query(new AuditQuery(from, cursor, principalArn, null, null, AuditQuery.MAX_LIMIT));
            boolean fresh = false;
            for (AuditEvent event : page) {
                if (seen.add(event.eventId())) {
                    fresh = true;
                    visitor.accept(event);
                }
            }
            if (page.size() < AuditQuery.MAX_LIMIT || !fresh) {
                return;
            }
            cursor = page.get(page.size() - 1).eventTime().plusMillis(1);
        }
    }
}
