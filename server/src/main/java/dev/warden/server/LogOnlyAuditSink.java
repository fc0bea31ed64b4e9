package dev.warden.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes each audit event as one log line (logger {@code dev.warden.audit}); keeps nothing. */
public final class LogOnlyAuditSink implements AuditSink {

    private static final Logger LOG = LoggerFactory.getLogger("dev.warden.audit");

    @Override
    public void record(AuditEvent event) {
        if (LOG.isInfoEnabled()) {
            LOG.info("request={} service={} action={} caller={} key={} status={} error={} source={} ms={}",
                    event.requestId(), event.service(), printable(event.action().orElse("-")),
                    event.caller().map(c -> c.arn()).orElse("-"), event.accessKeyId().orElse("-"),
                    event.httpStatus(), event.errorCode().orElse("-"), event.sourceIp(), event.elapsed().toMillis());
        }
    }

    /** The action comes from the client: keep it on one line and short, so it cannot forge log lines. */
    private static String printable(String text) {
        String shortened = text.length() > 128 ? text.substring(0, 128) + "…" : text;
        return shortened.replaceAll("\\p{Cntrl}", "?");
    }
}
