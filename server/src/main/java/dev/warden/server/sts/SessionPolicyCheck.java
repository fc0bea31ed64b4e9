package dev.warden.server.sts;

import dev.warden.core.error.IamException;
import dev.warden.core.model.Tag;
import dev.warden.core.sts.StsInputRules;
import dev.warden.policy.condition.ConditionException;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.parse.PolicyParseException;
import dev.warden.policy.parse.PolicyParser;
import dev.warden.server.authz.CompilablePolicy;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.iam.EnginePolicyDocumentCheck;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The session policies and tags a call that issues credentials passes (AssumeRole*,
 * GetFederationToken): the inline policy parses as a session policy, each managed policy ARN names
 * an existing policy, and together with the tags they fit the packed space (iam-semantics.md §6.2).
 */
final class SessionPolicyCheck {

    private SessionPolicyCheck() {}

    /**
     * @param managedPolicyDocuments the default document of a managed policy ARN, empty if none
     * @return the PackedPolicySize percentage to report, empty when nothing was passed
     * @throws AwsError {@code ValidationError}, {@code MalformedPolicyDocument} or {@code PackedPolicyTooLarge}
     */
    static Optional<Integer> check(Optional<String> policy, List<String> policyArns, List<Tag> tags,
            Function<String, Optional<String>> managedPolicyDocuments) {
        try {
            StsInputRules.sessionPolicies(policy.orElse(null), policyArns);
        } catch (IamException e) {
            throw CoreErrors.toAwsError(e);
        }
        policy.ifPresent(SessionPolicyCheck::parse);
        for (String arn : policyArns) {
            if (managedPolicyDocuments.apply(arn).isEmpty()) {
                throw new AwsError(AwsErrorCode.MALFORMED_POLICY_DOCUMENT,
                        "Policy " + arn + " does not exist or is not attachable.");
            }
        }
        if (policy.isEmpty() && policyArns.isEmpty() && tags.isEmpty()) {
            return Optional.empty();
        }
        int percent = PackedPolicySize.percent(policy, policyArns, tags);
        if (percent > 100) {
            throw new AwsError(AwsErrorCode.PACKED_POLICY_TOO_LARGE, PackedPolicySize.tooLargeMessage(percent));
        }
        return Optional.of(percent);
    }

    private static void parse(String policy) {
        try {
            CompilablePolicy.require(PolicyParser.standard().parse(policy, PolicyKind.SESSION), PolicyKind.SESSION);
        } catch (PolicyParseException e) {
            throw new AwsError(AwsErrorCode.MALFORMED_POLICY_DOCUMENT, e.first().message());
        } catch (ConditionException e) {
            throw new AwsError(AwsErrorCode.MALFORMED_POLICY_DOCUMENT, EnginePolicyDocumentCheck.conditionMessage(e));
        }
    }
}
