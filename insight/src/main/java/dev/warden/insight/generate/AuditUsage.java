package dev.warden.insight.generate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warden.core.audit.AuditEvent;
import dev.warden.core.audit.AuditLog;
import dev.warden.core.audit.AuditQuery;
import dev.warden.core.audit.UserIdentity;
import dev.warden.insight.access.AccountPrincipal;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a principal really used: the allowed (action, resource) pairs of the decisions the audit
 * log recorded for its calls — a user's own calls, or a role's calls through any of its sessions.
 * Calls that need no permission (GetCallerIdentity) carry no decision and add nothing; a call
 * that was allowed and then failed for another reason (NoSuchEntity) still used the permission.
 *
 * @param calls how many of the principal's calls were read
 */
public record AuditUsage(Set<UsedAccess> used, int calls) {

    public AuditUsage {
        used = Set.copyOf(used);
    }

    /** @param from inclusive, null for the beginning; {@code to} exclusive, null for now */
    public static AuditUsage read(AuditLog log, AccountPrincipal principal, Instant from, Instant to) {
        String principalFilter = principal.kind() == AccountPrincipal.Kind.USER ? principal.arn() : null;
        Set<UsedAccess> used = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        int calls = 0;
        Instant cursor = to;
        while (true) {
            List<AuditEvent> page = log.query(new AuditQuery(from, cursor, principalFilter, null, null, AuditQuery.MAX_LIMIT));
            boolean fresh = false;
            for (AuditEvent event : page) {
                if (!seen.add(event.eventId())) {
                    continue;
                }
                fresh = true;
                if (madeBy(event, principal)) {
                    calls++;
                    collect(event.decision(), used);
                }
            }
            if (page.size() < AuditQuery.MAX_LIMIT || !fresh) {
                break;
            }
            // Newest first: continue below the oldest time read (inclusive of it; ids de-duplicate).
            cursor = page.get(page.size() - 1).eventTime().plusMillis(1);
        }
        return new AuditUsage(used, calls);
    }

    static boolean madeBy(AuditEvent event, AccountPrincipal principal) {
        UserIdentity identity = event.userIdentity();
        if (identity == null || identity.arn() == null) {
            return false;
        }
        if (principal.kind() == AccountPrincipal.Kind.USER) {
            return identity.arn().equals(principal.arn());
        }
        return identity.sessionContext() != null && identity.sessionContext().sessionIssuer() != null
                && principal.arn().equals(identity.sessionContext().sessionIssuer().arn());
    }

    /** The allowed decisions of an explanation: one decision, or {"decisions": [...]} for calls decided in steps. */
    static void collect(JsonNode decision, Set<UsedAccess> into) {
        if (decision == null) {
            return;
        }
        if (decision.has("decisions")) {
            decision.get("decisions").forEach(d -> collect(d, into));
            return;
        }
        if ("allowed".equals(decision.path("decision").asText()) && decision.hasNonNull("action")
                && decision.hasNonNull("resource")) {
            into.add(new UsedAccess(decision.get("action").asText(), decision.get("resource").asText()));
        }
    }
}
