package dev.warden.insight.access;

import dev.warden.policy.document.ConditionEntry;
import dev.warden.policy.document.Effect;
import dev.warden.policy.eval.PolicyType;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The request-dependent conditions of one statement that an access answer depends on, e.g. an
 * Allow behind {@code IpAddress aws:SourceIp 10.0.0.0/8}.
 *
 * @param conditions only the entries on request-dependent keys (the principal's own keys were
 *     already settled by the engine)
 */
public record ConditionNote(
        Effect effect, PolicyType policyType, String policyId, int statementIndex, Optional<String> sid,
        List<ConditionEntry> conditions) {

    public ConditionNote {
        conditions = List.copyOf(conditions);
    }

    /** E.g. {@code aws:SourceIp IpAddress 10.0.0.0/8 and aws:MultiFactorAuthPresent Bool true}. */
    public String conditionText() {
        return conditions.stream()
                .map(entry -> entry.key() + " " + entry.operator() + " " + String.join("|", entry.values()))
                .collect(Collectors.joining(" and "));
    }

    /**
     * Where the statement is, e.g. {@code identity policy app-inline statement 1 (Sid OfficeOnly)} or
     * {@code trust policy of arn:aws:iam::111122223333:role/app statement 0}.
     */
    public String source() {
        String policy = policyType == PolicyType.RESOURCE && policyId.contains(":role/")
                ? "trust policy of " + policyId
                : policyType.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " policy " + policyId;
        return policy + " statement " + statementIndex + sid.map(s -> " (Sid " + s + ")").orElse("");
    }
}
