package dev.warden.insight.access;

import dev.warden.core.model.Tag;
import dev.warden.policy.context.RequestContext;
import dev.warden.policy.eval.Caller;
import dev.warden.policy.eval.CallerContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The condition keys a principal fixes by itself (who it is, its account, its tags): an analysis
 * knows their values without a request. Every other key (source IP, time, MFA, request tags,
 * service keys) depends on the request, so a condition on it makes a grant or deny conditional.
 */
public final class PrincipalKeys {

    private static final Set<String> FIXED = Set.of(
            "aws:principalarn", "aws:principalaccount", "aws:principaltype", "aws:userid", "aws:username",
            "aws:principalisawsservice", "aws:principalservicename");
    private static final String PRINCIPAL_TAG = "aws:principaltag/";

    private PrincipalKeys() {}

    /** True when the principal alone fixes the key's value (or its absence). */
    public static boolean isPrincipalKey(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return FIXED.contains(lower) || lower.startsWith(PRINCIPAL_TAG);
    }

    /** The principal's keys as the server sets them, without the request-dependent ones. */
    public static RequestContext of(Caller caller, List<Tag> principalTags) {
        RequestContext.Builder keys = CallerContext.derive(caller, Instant.EPOCH).toBuilder();
        // Time is a property of the request: a condition on it stays conditional.
        keys.remove("aws:CurrentTime");
        keys.remove("aws:EpochTime");
        for (Tag tag : principalTags) {
            keys.put("aws:PrincipalTag/" + tag.key(), tag.value());
        }
        return keys.build();
    }
}
