package dev.warden.server.oidc;

import dev.warden.policy.context.ContextValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The condition keys an OIDC provider's token sets (iam-semantics.md §4.4), named with the
 * provider's prefix, the issuer URL without {@code https://}:
 *
 * <ul>
 *   <li>{@code PREFIX:aud} — the client id the token was accepted for;
 *   <li>{@code PREFIX:sub} — the subject;
 *   <li>{@code PREFIX:azp} — the authorized party, when the token has one;
 *   <li>{@code PREFIX:amr} — the authentication methods, multivalued, when the token has them.
 * </ul>
 *
 * AWS sets no key for other claims (a GitHub token's {@code repository} or {@code actor} is only
 * reachable through {@code sub}), and neither does Warden. The keys are usable in the role's trust
 * policy and, carried in the session, in its permission policies ({@code ${HOST:sub}}).
 */
public final class WebIdentityConditionKeys {

    static final String AUD = "aud";
    static final String SUB = "sub";
    static final String AZP = "azp";
    static final String AMR = "amr";

    private WebIdentityConditionKeys() {}

    /**
     * @param claims the token's payload as parsed JSON
     * @param audience the accepted client id
     */
    static Map<String, List<String>> of(OidcProvider provider, Map<String, Object> claims, String audience) {
        String prefix = provider.conditionKeyPrefix() + ":";
        Map<String, List<String>> keys = new LinkedHashMap<>();
        keys.put(prefix + AUD, List.of(audience));
        keys.put(prefix + SUB, List.of(String.valueOf(claims.get(SUB))));
        if (claims.get(AZP) instanceof String azp) {
            keys.put(prefix + AZP, List.of(azp));
        }
        List<String> amr = strings(claims.get(AMR));
        if (!amr.isEmpty()) {
            keys.put(prefix + AMR, amr);
        }
        return keys;
    }

    /** The engine's value of a key: {@code :amr} is a list of strings, every other key one string. */
    public static ContextValue toContextValue(String key, List<String> values) {
        boolean multivalued = key.toLowerCase(Locale.ROOT).endsWith(":" + AMR);
        return multivalued || values.size() != 1 ? ContextValue.strings(values) : ContextValue.string(values.get(0));
    }

    /** A claim that is a string or an array of strings; anything else counts as absent. */
    static List<String> strings(Object claim) {
        if (claim instanceof String text) {
            return List.of(text);
        }
        List<String> values = new ArrayList<>();
        if (claim instanceof Collection<?> items) {
            for (Object item : items) {
                if (item instanceof String text) {
                    values.add(text);
                }
            }
        }
        return values;
    }
}
