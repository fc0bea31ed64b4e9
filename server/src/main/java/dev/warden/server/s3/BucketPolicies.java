package dev.warden.server.s3;

import dev.warden.policy.condition.ConditionException;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.parse.PolicyParseException;
import dev.warden.policy.parse.PolicyParser;
import dev.warden.policy.parse.PolicySizeLimits;
import dev.warden.server.authz.CompilablePolicy;
import dev.warden.server.iam.EnginePolicyDocumentCheck;

/**
 * Checks a bucket policy before it is stored: it must parse as a resource-based policy (Principal
 * required) and stay within S3's 20 KB.
 */
final class BucketPolicies {

    static final int MAX_POLICY_BYTES = 20 * 1024;

    private final PolicyParser parser = new PolicyParser(PolicySizeLimits.defaults());

    String check(String bucket, String document) {
        if (document.length() > MAX_POLICY_BYTES) {
            throw new S3Error("PolicyTooLarge", 400, "Policies must be no more than 20 KB.");
        }
        try {
            CompilablePolicy.require(parser.parse(document, PolicyKind.RESOURCE), PolicyKind.RESOURCE);
        } catch (PolicyParseException e) {
            throw new S3Error("MalformedPolicy", 400, "Policy has an invalid element: " + e.first());
        } catch (ConditionException e) {
            throw new S3Error("MalformedPolicy", 400, "Policy has an invalid condition value: "
                    + EnginePolicyDocumentCheck.conditionMessage(e));
        }
        return document;
    }
}
