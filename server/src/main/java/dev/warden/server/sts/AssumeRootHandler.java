package dev.warden.server.sts;

import dev.warden.server.QueryCall;
import dev.warden.server.QueryHandler;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.query.ConstraintViolation;
import dev.warden.server.query.QueryParameters;
import dev.warden.server.query.ValidationErrors;
import dev.warden.server.xml.XmlResult;
import java.util.Optional;

/**
 * STS AssumeRoot: short-term root credentials for a member account of an organization, for the
 * organization's management account or IAM's delegated administrator only (STS API reference). A
 * Warden account belongs to no organization, so once authorized and validated the call is refused
 * with AccessDenied; the STS model has no more specific error for it.
 */
public final class AssumeRootHandler<P> implements QueryHandler<P> {

    public static final String ACTION = "AssumeRoot";

    private final String accountId;

    public AssumeRootHandler(String accountId) {
        this.accountId = accountId;
    }

    @Override
    public XmlResult handle(QueryCall<P> call) {
        QueryParameters params = call.params();
        ValidationErrors errors = new ValidationErrors();
        Optional<String> target = params.optionalString("TargetPrincipal");
        errors.notNull(params.memberPath("TargetPrincipal"), target.orElse(null));
        target.ifPresent(t -> errors.length(params.memberPath("TargetPrincipal"), t, 12, 2048));
        Optional<QueryParameters> taskPolicy = params.struct("TaskPolicyArn");
        if (taskPolicy.isEmpty() && !params.has("TaskPolicyArn")) {
            errors.add(ConstraintViolation.notNull(params.memberPath("TaskPolicyArn")));
        }
        taskPolicy.flatMap(p -> p.optionalString("arn")).ifPresent(arn -> taskPolicy.ifPresent(p -> errors
                .length(p.memberPath("arn"), arn, 20, 2048)
                .pattern(p.memberPath("arn"), arn, StsParameterRules.ARN, StsParameterRules.ARN_TEXT)));
        params.optionalInt("DurationSeconds")
                .ifPresent(seconds -> errors.range(params.memberPath("DurationSeconds"), seconds, 0, 900));
        errors.throwIfAny();
        throw new AwsError(AwsErrorCode.ACCESS_DENIED, "Account " + accountId + " is not the management account"
                + " or a delegated administrator of an organization, which AssumeRoot requires.");
    }
}
