package dev.warden.server.authz;

import dev.warden.policy.context.ContextKeyType;
import dev.warden.policy.context.ContextValue;
import dev.warden.server.query.QueryParameters;
import dev.warden.server.sts.GetWebIdentityTokenRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What STS GetWebIdentityToken is authorized for (Service Authorization Reference, in the catalogue):
 * {@code sts:GetWebIdentityToken}, and {@code sts:TagGetWebIdentityToken} when the request passes tags,
 * on {@code *}, with {@code sts:IdentityTokenAudience} (the Audience members), {@code sts:SigningAlgorithm},
 * {@code sts:DurationSeconds} and {@code aws:RequestTag/*} / {@code aws:TagKeys}.
 *
 * <p>{@code sts:DurationSeconds} holds the token's lifetime also when the request leaves it to the
 * default (300): a policy that caps the lifetime then allows the default, as a lifetime cap should.
 * Values the handler will reject (a non-number) set no key; the call fails validation either way.
 */
final class WebIdentityTokenKeys {

    static final String ACTION = "sts:GetWebIdentityToken";
    static final String TAG_ACTION = "sts:TagGetWebIdentityToken";

    private WebIdentityTokenKeys() {}

    static Map<String, ContextValue> of(QueryParameters params) {
        Map<String, ContextValue> keys = new LinkedHashMap<>();
        List<String> audiences = params.stringList("Audience");
        if (!audiences.isEmpty()) {
            keys.put("sts:IdentityTokenAudience", ContextValue.strings(audiences));
        }
        params.optionalString("SigningAlgorithm")
                .ifPresent(algorithm -> keys.put("sts:SigningAlgorithm", ContextValue.string(algorithm)));
        String duration = params.optionalString("DurationSeconds")
                .orElse(Integer.toString(GetWebIdentityTokenRequest.DEFAULT_DURATION_SECONDS));
        if (duration.matches("-?\\d{1,9}")) {
            keys.put("sts:DurationSeconds", ContextValue.of(ContextKeyType.NUMERIC, duration));
        }
        RequestKeys.putRequestTags(params, keys);
        return keys;
    }

    static List<String> actions(QueryParameters params) {
        return params.structList("Tags").isEmpty() ? List.of(ACTION) : List.of(ACTION, TAG_ACTION);
    }
}
