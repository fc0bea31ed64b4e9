package dev.warden.server.sts;

import dev.warden.server.error.AwsError;
import dev.warden.server.query.ConstraintViolation;
import dev.warden.server.query.QueryParameters;
import dev.warden.server.query.ValidationErrors;
import java.util.List;
import java.util.Optional;

/**
 * The parameters of STS AssumeRoleWithSAML after the model's constraints were checked
 * ({@code ValidationError} listing every violation): RoleArn, PrincipalArn (the IAM SAML provider)
 * and SAMLAssertion are required; the assertion is 4–100,000 characters and, being sensitive in the
 * model, never quoted. The session name, tags and source identity come from the assertion.
 */
public record AssumeRoleWithSamlRequest(
        String roleArn,
        String principalArn,
        String samlAssertion,
        List<String> policyArns,
        Optional<String> policy,
        Optional<Integer> durationSeconds) {

    static final int MAX_ASSERTION_CHARS = 100_000;

    public AssumeRoleWithSamlRequest {
        policyArns = List.copyOf(policyArns);
    }

    /** @throws AwsError {@code ValidationError} listing every violation */
    public static AssumeRoleWithSamlRequest parse(QueryParameters params) {
        ValidationErrors errors = new ValidationErrors();
        String roleArn = arn(params, "RoleArn", "roleArn", errors);
        String principalArn = arn(params, "PrincipalArn", "principalArn", errors);
        String assertion = params.optionalString("SAMLAssertion").orElse(null);
        errors.notNull(params.memberPath("SAMLAssertion"), assertion);
        if (assertion != null) {
            new ValidationErrors().length("sAMLAssertion", assertion, 4, MAX_ASSERTION_CHARS).violations().forEach(v ->
                    errors.add(new ConstraintViolation(v.memberPath(), AssumeRoleWithWebIdentityRequest.REDACTED,
                            v.constraint())));
        }
        List<String> policyArns = AssumeRoleRequest.policyArns(params, errors);
        Optional<String> policy = AssumeRoleRequest.policy(params, errors);
        Optional<Integer> duration = params.optionalInt("DurationSeconds");
        duration.ifPresent(d -> errors.range("durationSeconds", d, 900, 43_200));
        errors.throwIfAny();
        return new AssumeRoleWithSamlRequest(roleArn, principalArn, assertion, policyArns, policy, duration);
    }

    private static String arn(QueryParameters params, String name, String memberPath, ValidationErrors errors) {
        String arn = params.optionalString(name).orElse(null);
        errors.notNull(params.memberPath(name), arn);
        if (arn != null) {
            errors.length(memberPath, arn, 20, 2048)
                    .pattern(memberPath, arn, StsParameterRules.ARN, StsParameterRules.ARN_TEXT);
        }
        return arn;
    }
}
