package dev.warden.server;

/**
 * Hook at the end of every Query request: receives one {@link AuditEvent} after the response is
 * encoded. The core module's audit log plugs in here; the default, {@link LogOnlyAuditSink}, only
 * writes a log line. Must not throw: a failure is logged and does not change the response.
 */
@FunctionalInterface
public interface AuditSink {

    void record(AuditEvent event);
}
