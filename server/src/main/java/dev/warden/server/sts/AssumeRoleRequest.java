package dev.warden.server.sts;

import dev.warden.core.model.Tag;
import dev.warden.core.sts.StsInputRules;
import dev.warden.policy.arn.Arn;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.query.ConstraintViolation;
import dev.warden.server.query.QueryParameters;
import dev.warden.server.query.ValidationErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parameters of STS AssumeRole after the model's constraints (lengths, patterns, ranges, list
 * sizes) were checked; every violation is reported at once, as AWS does ({@code ValidationError}).
 * A RoleArn that is no ARN at all is refused next ({@code <arn> is invalid}). Rules that need the
 * role or the caller (MaxSessionDuration, role chaining, transitive tags) are checked later.
 */
public record AssumeRoleRequest(
        String roleArn,
        String roleSessionName,
        List<String> policyArns,
        Optional<String> policy,
        Optional<Integer> durationSeconds,
        List<Tag> tags,
        List<String> transitiveTagKeys,
        Optional<String> externalId,
        Optional<String> serialNumber,
        Optional<String> tokenCode,
        Optional<String> sourceIdentity) {

    public AssumeRoleRequest {
        policyArns = List.copyOf(policyArns);
        tags = List.copyOf(tags);
        transitiveTagKeys = List.copyOf(transitiveTagKeys);
    }

    /** @throws dev.warden.server.error.AwsError {@code ValidationError} listing every violation */
    public static AssumeRoleRequest parse(QueryParameters params) {
        ValidationErrors errors = new ValidationErrors();
        RoleAndSessionName names = roleAndSessionName(params, errors);
        String roleArn = names.roleArn();
        String sessionName = names.roleSessionName();
        List<String> policyArns = policyArns(params, errors);
        Optional<String> policy = policy(params, errors);
        Optional<Integer> duration = params.optionalInt("DurationSeconds");
        duration.ifPresent(d -> errors.range("durationSeconds", d, 900, 43_200));
        List<Tag> tags = tags(params, errors);
        List<String> transitive = params.stringList("TransitiveTagKeys");
        errors.listSize("transitiveTagKeys", transitive, StsParameterRules.MAX_TAGS);
        for (String key : transitive) {
            errors.length("transitiveTagKeys", key, 1, 128)
                    .pattern("transitiveTagKeys", key, StsParameterRules.TAG_KEY);
        }
        Optional<String> externalId = params.optionalString("ExternalId");
        externalId.ifPresent(id -> errors.length("externalId", id, 2, 1224)
                .pattern("externalId", id, StsParameterRules.EXTERNAL_ID));
        Optional<String> serialNumber = params.optionalString("SerialNumber");
        serialNumber.ifPresent(s -> errors.length("serialNumber", s, 9, 256)
                .pattern("serialNumber", s, StsParameterRules.SERIAL_NUMBER));
        Optional<String> tokenCode = params.optionalString("TokenCode");
        tokenCode.ifPresent(t -> errors.length("tokenCode", t, 6, 6)
                .pattern("tokenCode", t, StsParameterRules.TOKEN_CODE));
        Optional<String> sourceIdentity = params.optionalString("SourceIdentity");
        sourceIdentity.ifPresent(s -> errors.length("sourceIdentity", s, 2, 64)
                .pattern("sourceIdentity", s, StsParameterRules.SOURCE_IDENTITY));
        // Trusted context assertions (IAM Identity Center) are never honoured here, but the model still
        // bounds how many a request may carry.
        errors.listSize("providedContexts", params.structList("ProvidedContexts").stream()
                .map(QueryParameters::asMap).toList(), 5);
        errors.throwIfAny();
        requireArn(roleArn);
        return new AssumeRoleRequest(roleArn, sessionName, policyArns, policy, duration, tags, transitive,
                externalId, serialNumber, tokenCode, sourceIdentity);
    }

    /**
     * A RoleArn that passes the model's constraints but is no ARN (too few segments, or no partition,
     * service or resource) is refused before any trust decision with AWS's {@code <arn> is invalid}.
     */
    static void requireArn(String roleArn) {
        boolean wellFormed = Arn.parse(roleArn)
                .filter(arn -> !arn.partition().isEmpty() && !arn.service().isEmpty() && !arn.resource().isEmpty())
                .isPresent();
        if (!wellFormed) {
            throw new AwsError(AwsErrorCode.VALIDATION_ERROR, roleArn + " is invalid");
        }
    }

    /** {@code PolicyArns.member.N.arn}: each 20–2,048 characters of the ARN pattern. */
    static List<String> policyArns(QueryParameters params, ValidationErrors errors) {
        List<String> policyArns = new ArrayList<>();
        for (QueryParameters descriptor : params.structList("PolicyArns")) {
            String path = descriptor.memberPath("arn");
            Optional<String> arn = descriptor.optionalString("arn");
            if (arn.isEmpty()) {
                continue; // an empty descriptor names nothing
            }
            errors.length(path, arn.get(), 20, 2048)
                    .pattern(path, arn.get(), StsParameterRules.ARN, StsParameterRules.ARN_TEXT);
            policyArns.add(arn.get());
        }
        return policyArns;
    }

    /** {@code Policy}: at least one character of the session policy pattern. */
    static Optional<String> policy(QueryParameters params, ValidationErrors errors) {
        Optional<String> policy = params.optionalString("Policy");
        policy.ifPresent(p -> {
            errors.length("policy", p, 1, Integer.MAX_VALUE).pattern("policy", p, StsParameterRules.SESSION_POLICY);
            // Checked with the other members, before any token or trust is looked at, as AWS validates a
            // request first; the document itself is not echoed back.
            if (p.length() > StsInputRules.MAX_SESSION_POLICY_CHARS) {
                errors.add(new ConstraintViolation("policy", "<policy>",
                        "Member must have length less than or equal to " + StsInputRules.MAX_SESSION_POLICY_CHARS));
            }
        });
        return policy;
    }

    /** The two parameters every AssumeRole* call names its session with; null when missing. */
    record RoleAndSessionName(String roleArn, String roleSessionName) {}

    /** {@code Tags.member.N.Key/Value} with the model's constraints. */
    static List<Tag> tags(QueryParameters params, ValidationErrors errors) {
        List<Tag> tags = new ArrayList<>();
        List<QueryParameters> tagParams = params.structList("Tags");
        errors.listSize("tags", tagParams.stream().map(QueryParameters::asMap).toList(), StsParameterRules.MAX_TAGS);
        for (QueryParameters tag : tagParams) {
            String key = tag.optionalString("Key").orElse(null);
            String value = tag.optionalString("Value").orElse(null);
            errors.notNull(tag.memberPath("Key"), key).notNull(tag.memberPath("Value"), value);
            if (key != null) {
                errors.length(tag.memberPath("Key"), key, 1, 128)
                        .pattern(tag.memberPath("Key"), key, StsParameterRules.TAG_KEY);
            }
            if (value != null) {
                errors.length(tag.memberPath("Value"), value, 0, 256)
                        .pattern(tag.memberPath("Value"), value, StsParameterRules.TAG_VALUE);
            }
            if (key != null && value != null) {
                tags.add(new Tag(key, value));
            }
        }
        return tags;
    }
    /** {@code RoleArn} and {@code RoleSessionName}, both required, as every AssumeRole* takes them. */
    static RoleAndSessionName roleAndSessionName(QueryParameters params, ValidationErrors errors) {
        String roleArn = params.optionalString("RoleArn").orElse(null);
        errors.notNull(params.memberPath("RoleArn"), roleArn);
        if (roleArn != null) {
            errors.length("roleArn", roleArn, 20, 2048)
                    .pattern("roleArn", roleArn, StsParameterRules.ARN, StsParameterRules.ARN_TEXT);
        }
        String sessionName = params.optionalString("RoleSessionName").orElse(null);
        errors.notNull(params.memberPath("RoleSessionName"), sessionName);
        if (sessionName != null) {
            errors.length("roleSessionName", sessionName, 2, 64)
                    .pattern("roleSessionName", sessionName, StsParameterRules.ROLE_SESSION_NAME);
        }
        return new RoleAndSessionName(roleArn, sessionName);
    }

    /** Whether the request passes session tags, which needs {@code sts:TagSession}. */
    public boolean passesTags() {
        return !tags.isEmpty() || !transitiveTagKeys.isEmpty();
    }
}
