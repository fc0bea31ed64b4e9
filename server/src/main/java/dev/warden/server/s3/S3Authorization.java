package dev.warden.server.s3;

import dev.warden.policy.context.ContextValue;
import dev.warden.server.AuthorizationDecision;
import dev.warden.server.authz.ServiceAction;
import dev.warden.server.authz.ServiceActionAuthorizer;
import java.util.Map;
import java.util.Optional;

/** Asks the engine about one S3 action on one resource, with the bucket's policy when it has one. */
public final class S3Authorization {

    private final ServiceActionAuthorizer authorizer;

    public S3Authorization(ServiceActionAuthorizer authorizer) {
        this.authorizer = authorizer;
    }

    AuthorizationDecision decide(S3Call call, String action, String resource, Map<String, ContextValue> keys,
            Optional<String> bucketPolicy, String bucket) {
        return authorizer.authorize(new ServiceAction(call.verification().caller(), action, resource, keys,
                bucketPolicy, "arn:aws:s3:::" + bucket, call.receivedAt(), call.ctx().ip(),
                Optional.ofNullable(call.ctx().userAgent()).orElse(""), "https".equalsIgnoreCase(call.ctx().scheme())));
    }
}
