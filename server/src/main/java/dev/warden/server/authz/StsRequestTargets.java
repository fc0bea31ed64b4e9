package dev.warden.server.authz;

import dev.warden.policy.context.ContextValue;
import dev.warden.server.query.QueryParameters;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The resource and request keys AWS evaluates for the STS actions the engine decides on the caller's
 * own policies (Service Authorization Reference): AssumeRoot acts on the target account's root user,
 * {@code arn:aws:iam::TARGET:root}, with the task policy as {@code sts:TaskPolicyArn} and TARGET as
 * {@code aws:ResourceAccount}; every other
 * such action on {@code *}.
 */
final class StsRequestTargets {

    private StsRequestTargets() {}

    static RequestTarget resolve(String action, QueryParameters params) {
        if (action.equals("AssumeRoot")) {
            String target = params.optionalString("TargetPrincipal").orElse("");
            Map<String, ContextValue> keys = new LinkedHashMap<>();
            params.struct("TaskPolicyArn").flatMap(p -> p.optionalString("arn"))
                    .ifPresent(arn -> keys.put("sts:TaskPolicyArn", ContextValue.string(arn)));
            if (target.matches("\\d{12}")) {
                // The target account's root user is the resource, so that account owns it.
                keys.put("aws:ResourceAccount", ContextValue.string(target));
            }
            return new RequestTarget("arn:aws:iam::" + target + ":root", keys);
        }
        return RequestTarget.any();
    }
}
