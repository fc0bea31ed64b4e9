package dev.warden.core.iam;

import java.util.Optional;

/**
 * The entity kinds GetAccountAuthorizationDetails reports, in the order it pages through them (the
 * order of the response's lists), each with its {@code Filter} value.
 */
public enum AuthorizationEntityKind {
    USER("User"),
    GROUP("Group"),
    ROLE("Role"),
    LOCAL_MANAGED_POLICY("LocalManagedPolicy"),
    AWS_MANAGED_POLICY("AWSManagedPolicy");

    private final String filterValue;

    AuthorizationEntityKind(String filterValue) {
        this.filterValue = filterValue;
    }

    /** As the {@code Filter} parameter spells it. */
    public String filterValue() {
        return filterValue;
    }

    /** The kind a {@code Filter} value names, compared exactly as AWS's enum check does. */
    public static Optional<AuthorizationEntityKind> ofFilterValue(String value) {
        for (AuthorizationEntityKind k : values()) {
            if (k.filterValue.equals(value)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
