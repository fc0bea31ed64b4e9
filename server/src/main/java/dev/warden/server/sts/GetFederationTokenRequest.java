package dev.warden.server.sts;

import dev.warden.core.model.Tag;
import dev.warden.server.query.QueryParameters;
import dev.warden.server.query.ValidationErrors;
import java.util.List;
import java.util.Optional;

/**
 * The parameters of STS GetFederationToken after the model's constraints were checked
 * ({@code ValidationError} listing every violation): {@code Name} 2–32 characters of
 * {@code [\w+=,.@-]*}, session policies, {@code DurationSeconds} 900–129,600, at most 50 tags.
 */
public record GetFederationTokenRequest(
        String name,
        Optional<String> policy,
        List<String> policyArns,
        Optional<Integer> durationSeconds,
        List<Tag> tags) {

    static final int MAX_DURATION = 129_600;

    public GetFederationTokenRequest {
        policyArns = List.copyOf(policyArns);
        tags = List.copyOf(tags);
    }

    /** @throws dev.warden.server.error.AwsError {@code ValidationError} listing every violation */
    public static GetFederationTokenRequest parse(QueryParameters params) {
        ValidationErrors errors = new ValidationErrors();
        String name = params.optionalString("Name").orElse(null);
        errors.notNull(params.memberPath("Name"), name);
        if (name != null) {
            errors.length("name", name, 2, 32).pattern("name", name, StsParameterRules.ROLE_SESSION_NAME);
        }
        Optional<String> policy = AssumeRoleRequest.policy(params, errors);
        List<String> policyArns = AssumeRoleRequest.policyArns(params, errors);
        Optional<Integer> duration = params.optionalInt("DurationSeconds");
        duration.ifPresent(d -> errors.range("durationSeconds", d, 900, MAX_DURATION));
        List<Tag> tags = AssumeRoleRequest.tags(params, errors);
        errors.throwIfAny();
        return new GetFederationTokenRequest(name, policy, policyArns, duration, tags);
    }
}
