package dev.warden.server.sts;

import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.query.ConstraintViolation;
import dev.warden.server.query.QueryParameters;
import dev.warden.server.query.ValidationErrors;
import java.util.List;
import java.util.Optional;

/**
 * The parameters of STS AssumeRoleWithWebIdentity after the model's constraints were checked
 * ({@code ValidationError} listing every violation). Session tags and a source identity come from
 * the token, not from parameters.
 */
public record AssumeRoleWithWebIdentityRequest(
        String roleArn,
        String roleSessionName,
        String webIdentityToken,
        List<String> policyArns,
        Optional<String> policy,
        Optional<Integer> durationSeconds) {

    static final String PROVIDER_ID_UNSUPPORTED = "ProviderId is only for OAuth 2.0 access tokens of "
            + "www.amazon.com and graph.facebook.com, which Warden does not accept; OpenID Connect ID tokens "
            + "name their issuer themselves.";

    /** What a violation shows in place of the token (sensitive in the STS model). */
    static final String REDACTED = "*** Sensitive Data Redacted ***";

    public AssumeRoleWithWebIdentityRequest {
        policyArns = List.copyOf(policyArns);
    }

    /** @throws AwsError {@code ValidationError} listing every violation */
    public static AssumeRoleWithWebIdentityRequest parse(QueryParameters params) {
        ValidationErrors errors = new ValidationErrors();
        AssumeRoleRequest.RoleAndSessionName names = AssumeRoleRequest.roleAndSessionName(params, errors);
        String token = params.optionalString("WebIdentityToken").orElse(null);
        errors.notNull(params.memberPath("WebIdentityToken"), token);
        if (token != null) {
            // The token is a bearer credential: the message must not quote it.
            new ValidationErrors().length("webIdentityToken", token, 4, 20_000).violations().forEach(v ->
                    errors.add(new ConstraintViolation(v.memberPath(), REDACTED, v.constraint())));
        }
        Optional<String> providerId = params.optionalString("ProviderId");
        providerId.ifPresent(id -> errors.length("providerId", id, 4, 2048));
        List<String> policyArns = AssumeRoleRequest.policyArns(params, errors);
        Optional<String> policy = AssumeRoleRequest.policy(params, errors);
        Optional<Integer> duration = params.optionalInt("DurationSeconds");
        duration.ifPresent(d -> errors.range("durationSeconds", d, 900, 43_200));
        errors.throwIfAny();
        if (providerId.isPresent()) {
            throw new AwsError(AwsErrorCode.INVALID_PARAMETER_VALUE, PROVIDER_ID_UNSUPPORTED);
        }
        return new AssumeRoleWithWebIdentityRequest(names.roleArn(), names.roleSessionName(), token, policyArns, policy,
                duration);
    }
}
