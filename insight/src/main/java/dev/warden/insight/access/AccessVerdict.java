package dev.warden.insight.access;

import java.util.List;

/**
 * One access answer with what it depends on.
 *
 * @param allowedIf for a conditional answer, the Allow statements that grant it and their
 *     request-dependent conditions (any one statement of a policy type suffices)
 * @param deniedIf Deny statements that take the access away when their request-dependent
 *     conditions hold
 * @param reason the engine's sentence for the decision in the most favourable request when denied,
 *     else in the least favourable one
 */
public record AccessVerdict(Access access, List<ConditionNote> allowedIf, List<ConditionNote> deniedIf, String reason) {
    public AccessVerdict {
        allowedIf = List.copyOf(allowedIf);
        deniedIf = List.copyOf(deniedIf);
    }
}
