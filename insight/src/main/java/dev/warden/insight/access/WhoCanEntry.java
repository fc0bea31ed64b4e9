package dev.warden.insight.access;

import java.util.List;

/**
 * One principal that may do the action: how (unconditionally or behind conditions), and for a
 * role, who may assume it.
 */
public record WhoCanEntry(AccountPrincipal.Kind kind, String arn, AccessVerdict verdict, List<TrustedPrincipal> trustedBy) {
    public WhoCanEntry {
        trustedBy = List.copyOf(trustedBy);
    }
}
