package dev.warden.insight.scan;

import java.time.Instant;

/** What a found session token says once Warden opened it: its key id, who it acts as, and until when. */
public record SessionFacts(String accessKeyId, String principalArn, Instant expiresAt, boolean expired) {}
