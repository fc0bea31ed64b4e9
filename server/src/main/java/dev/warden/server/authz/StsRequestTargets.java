package dev.warden.server.authz;

import dev.warden.policy.context.ContextValue;
import dev.warden.server.query.QueryParameters;
import java.util.Map;

/**
 * The resource and request keys AWS evaluates for the STS actions the engine decides on the caller's
 * own policies (Service Authorization Reference): AssumeRoot acts on the target account's root user,
 * {@code arn:aws:iam::TARGET:root}, with the task policy as {@code sts:TaskPolicyArn}; every other
 * such action on {@code *}.
 */
final class StsRequestTargets {

    private StsRequestTargets() {}

    static RequestTarget resolve(String action, QueryParameters params) {
        if (action.equals("AssumeRoot")) {
            String target = params.optionalString("TargetPrincipal").orElse("");
            Map<String, ContextValue> keys = params.struct("TaskPolicyArn").flatMap(p -> p.optionalString("arn"))
                    .map(arn -> Map.of("sts:TaskPolicyArn", ContextValue.string(arn))).orElse(Map.of());
            return new RequestTarget("arn:aws:iam::" + target + ":root", keys);
        }
        return RequestTarget.any();
    }
}
