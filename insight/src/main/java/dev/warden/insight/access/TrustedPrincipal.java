package dev.warden.insight.access;

import dev.warden.policy.document.PrincipalKind;
import java.util.List;

/**
 * A principal a role's trust policy names in an Allow statement for an {@code sts:AssumeRole*}
 * action, as written, with the statement's request-dependent conditions (empty when none).
 *
 * @param value an ARN, account id, service name, provider ARN, or {@code *}
 */
public record TrustedPrincipal(PrincipalKind kind, String value, String action, List<String> conditions) {
    public TrustedPrincipal {
        conditions = List.copyOf(conditions);
    }

    public boolean conditional() {
        return !conditions.isEmpty();
    }

    /** E.g. {@code Service lambda.amazonaws.com} or {@code AWS arn:…:root if aws:MultiFactorAuthPresent Bool true}. */
    public String text() {
        return kind.json() + " " + value + (conditions.isEmpty() ? "" : " if " + String.join(" and ", conditions));
    }
}
