package dev.warden.core.iam;

import dev.warden.core.error.IamException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The version of session token the global STS endpoint issues for an account: version 1 tokens work
 * only in Regions enabled by default, version 2 tokens in every Region (SetSecurityTokenServicePreferences).
 * {@link #wireName()} is the request's enum value, {@link #number()} what GetAccountSummary reports.
 */
public enum GlobalEndpointTokenVersion {
    V1_TOKEN("v1Token", 1),
    V2_TOKEN("v2Token", 2);

    /** The version an account reports before it sets one. */
    public static final GlobalEndpointTokenVersion DEFAULT = V1_TOKEN;

    private static final String ENUM_VALUE_SET = Arrays.stream(values())
            .map(GlobalEndpointTokenVersion::wireName).collect(Collectors.joining(", ", "[", "]"));

    private final String wireName;
    private final int number;

    GlobalEndpointTokenVersion(String wireName, int number) {
        this.wireName = wireName;
        this.number = number;
    }

    public String wireName() {
        return wireName;
    }

    public int number() {
        return number;
    }

    /** @throws IamException ValidationError naming the allowed values, as AWS's request validation does */
    public static GlobalEndpointTokenVersion parse(String value) {
        IamInputRules.required("globalEndpointTokenVersion", value);
        return Arrays.stream(values()).filter(v -> v.wireName.equals(value)).findFirst()
                .orElseThrow(() -> IamException.validation("globalEndpointTokenVersion", value,
                        "Member must satisfy enum value set: " + ENUM_VALUE_SET));
    }

    /** The version stored as its number; a number no version has is a corrupt store, not bad input. */
    public static GlobalEndpointTokenVersion ofNumber(int number) {
        return Arrays.stream(values()).filter(v -> v.number == number).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown global endpoint token version " + number));
    }
}
