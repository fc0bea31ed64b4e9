package dev.warden.server.authz;

import dev.warden.core.model.Tag;
import dev.warden.core.sts.SessionClaims;
import dev.warden.policy.context.ContextKeyType;
import dev.warden.policy.context.ContextValue;
import dev.warden.policy.context.RequestContext;
import dev.warden.policy.eval.Caller;
import dev.warden.policy.eval.CallerContext;
import dev.warden.server.QueryCall;
import dev.warden.server.oidc.WebIdentityConditionKeys;
import dev.warden.server.principal.WardenPrincipal;
import dev.warden.server.query.QueryParameters;
import dev.warden.server.query.QueryService;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The condition keys AWS sets on every signed request (iam-semantics.md §4): who calls
 * ({@link CallerContext}), when, from where, over what, plus {@code aws:PrincipalTag/*} and, for
 * temporary credentials, {@code aws:TokenIssueTime}, {@code aws:MultiFactorAuthPresent},
 * {@code aws:SourceIdentity} and, for web identity sessions, {@code aws:FederatedProvider} and the
 * provider's keys ({@code HOST:sub}, …).
 */
public final class RequestKeys {

    /** IAM is a global service: AWS reports us-east-1 whatever the client signed with. */
    static final String GLOBAL_REGION = "us-east-1";

    private RequestKeys() {}

    public static RequestContext.Builder forCall(QueryCall<WardenPrincipal> call, List<Tag> principalTags) {
        WardenPrincipal principal = call.requireCaller().principal();
        RequestContext.Builder keys = transportKeys(call, principal.caller(), requestedRegion(call));
        for (Tag tag : principalTags) {
            keys.put("aws:PrincipalTag/" + tag.key(), tag.value());
        }
        if (principal.session().isPresent()) {
            SessionClaims claims = principal.session().get();
            keys.put("aws:TokenIssueTime",
                    ContextValue.of(ContextKeyType.DATE, DateTimeFormatter.ISO_INSTANT.format(claims.issuedAt())));
            keys.put("aws:MultiFactorAuthPresent", bool(claims.mfaAuthenticated()));
            if (claims.mfaAuthenticated()) {
                // The session was issued when its MFA code was checked.
                putMultiFactorAuthAge(keys, Duration.between(claims.issuedAt(), call.receivedAt()));
            }
            if (claims.sourceIdentity() != null) {
                keys.put("aws:SourceIdentity", claims.sourceIdentity());
            }
            if (claims.federatedProvider() != null) {
                keys.put("aws:FederatedProvider", claims.federatedProvider());
            }
            claims.webIdentityKeys().forEach((key, values) ->
                    keys.put(key, WebIdentityConditionKeys.toContextValue(key, values)));
        }
        return keys;
    }

    /**
     * The keys of an unsigned call (AssumeRoleWithWebIdentity), whose caller is the identity
     * provider's user: who, when, from where. Unsigned calls name no region, so the global
     * endpoint's us-east-1 is reported.
     */
    public static RequestContext.Builder forUnsigned(QueryCall<?> call, Caller caller) {
        return transportKeys(call, caller, GLOBAL_REGION);
    }

    private static RequestContext.Builder transportKeys(QueryCall<?> call, Caller caller, String region) {
        RequestContext.Builder keys = CallerContext.derive(caller, call.receivedAt()).toBuilder();
        keys.put("aws:SourceIp", ContextValue.of(ContextKeyType.IP, call.sourceIp()));
        keys.put("aws:SecureTransport", bool(call.secureTransport()));
        keys.put("aws:RequestedRegion", region);
        keys.put("aws:UserAgent", call.userAgent());
        keys.put("aws:ViaAWSService", bool(false));
        return keys;
    }

    /**
     * {@code aws:RequestTag/k} for each {@code Tags.member.N} and {@code aws:TagKeys} for their keys
     * (or for {@code TagKeys.member.N} of an untag call); nothing when the call carries no tags.
     */
    public static void putRequestTags(QueryParameters params, Map<String, ContextValue> into) {
        List<String> keys = new ArrayList<>();
        for (QueryParameters tag : params.structList("Tags")) {
            String key = tag.optionalString("Key").orElse("");
            keys.add(key);
            into.put("aws:RequestTag/" + key, ContextValue.string(tag.optionalString("Value").orElse("")));
        }
        keys.addAll(params.stringList("TagKeys"));
        if (!keys.isEmpty()) {
            into.put("aws:TagKeys", ContextValue.strings(keys));
        }
    }

    /** The assumed role's tags as {@code iam:ResourceTag/*} and {@code aws:ResourceTag/*} (trust policies). */
    static void putRoleTags(RequestContext.Builder keys, List<Tag> roleTags) {
        for (Tag tag : roleTags) {
            keys.put("iam:ResourceTag/" + tag.key(), tag.value());
            keys.put("aws:ResourceTag/" + tag.key(), tag.value());
        }
    }

    /** {@code aws:MultiFactorAuthAge}: whole seconds since MFA, never negative. */
    static void putMultiFactorAuthAge(RequestContext.Builder keys, Duration sinceMfa) {
        long seconds = Math.max(0, sinceMfa.getSeconds());
        keys.put("aws:MultiFactorAuthAge", ContextValue.of(ContextKeyType.NUMERIC, Long.toString(seconds)));
    }

    static ContextValue bool(boolean value) {
        return ContextValue.of(ContextKeyType.BOOLEAN, Boolean.toString(value));
    }

    private static String requestedRegion(QueryCall<WardenPrincipal> call) {
        if (call.service().equals(QueryService.IAM)) {
            return GLOBAL_REGION;
        }
        String region = call.requireCaller().scope().region();
        return region.equals("aws-global") ? GLOBAL_REGION : region;
    }
}
