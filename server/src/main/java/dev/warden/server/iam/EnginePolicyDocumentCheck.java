package dev.warden.server.iam;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.error.IamException;
import dev.warden.core.iam.IamQuotas;
import dev.warden.core.iam.PolicyDocumentCheck;
import dev.warden.core.iam.PolicyDocumentKind;
import dev.warden.policy.condition.ConditionException;
import dev.warden.policy.document.PolicyDocument;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.parse.PolicyParseException;
import dev.warden.policy.parse.PolicyParser;
import dev.warden.policy.parse.PolicyProblem;
import dev.warden.policy.parse.PolicySizeLimits;
import dev.warden.server.authz.CompilablePolicy;

/**
 * The IAM core's policy validation, done by the policy engine's parser: grammar, element rules per
 * kind of policy, and size quotas, reported with AWS's code and message followed by what exactly is
 * wrong and where.
 *
 * <p>The core asks for {@link PolicyDocumentKind#IDENTITY} both for inline policies and for managed
 * policy versions, and checks their size quotas itself (inline quotas are sums over an entity's
 * policies, which one document cannot tell). So identity documents are parsed by the rules of inline
 * policies, without a size limit; the stricter managed-policy rules (Version 2012-10-17 required,
 * the managed size quota) are applied by {@link #checkManaged}, which the CreatePolicy and
 * CreatePolicyVersion handlers call first.
 */
public final class EnginePolicyDocumentCheck implements PolicyDocumentCheck {

    private static final String VALIDATION_PREFIX = "1 validation error detected: Value at '%s' failed to satisfy constraint: ";

    private final PolicyParser parser;

    /** With AWS's default quotas. */
    public EnginePolicyDocumentCheck() {
        this(IamQuotas.defaults());
    }

    /** With the account's quotas, so that raised trust-policy or managed-policy quotas apply here too. */
    public EnginePolicyDocumentCheck(IamQuotas quotas) {
        this.parser = new PolicyParser(PolicySizeLimits.defaults()
                .withLimit(PolicyKind.IDENTITY_INLINE_USER, PolicySizeLimits.MAX_PARAMETER_CHARS)
                .withLimit(PolicyKind.IDENTITY_INLINE_GROUP, PolicySizeLimits.MAX_PARAMETER_CHARS)
                .withLimit(PolicyKind.IDENTITY_INLINE_ROLE, PolicySizeLimits.MAX_PARAMETER_CHARS)
                .withLimit(PolicyKind.IDENTITY_MANAGED, quotas.managedPolicyChars())
                .withLimit(PolicyKind.BOUNDARY, quotas.managedPolicyChars())
                .withLimit(PolicyKind.TRUST, quotas.trustPolicyChars()));
    }

    @Override
    public void check(PolicyDocumentKind kind, String document) {
        PolicyKind engineKind = switch (kind) {
            case IDENTITY -> PolicyKind.IDENTITY_INLINE_ROLE;
            case TRUST -> PolicyKind.TRUST;
            case SESSION -> PolicyKind.SESSION;
        };
        parse(document, engineKind, kind == PolicyDocumentKind.SESSION ? "policy" : "policyDocument");
    }

    /** A managed policy version (CreatePolicy, CreatePolicyVersion). */
    public void checkManaged(String document) {
        parse(document, PolicyKind.IDENTITY_MANAGED, "policyDocument");
    }

    /**
     * Parses a document as {@code kind}, for callers that go on to evaluate it (the simulator).
     *
     * @param parameter the request member the document came in, for validation messages
     * @throws IamException MalformedPolicyDocument, LimitExceeded or ValidationError
     */
    public PolicyDocument parse(String document, PolicyKind kind, String parameter) {
        PolicyDocument parsed;
        try {
            parsed = parser.parse(document, kind);
        } catch (PolicyParseException e) {
            throw toIamException(e.first(), parameter);
        }
        if (kind == PolicyKind.TRUST) {
            TrustPolicyActions.require(parsed);
        }
        try {
            CompilablePolicy.require(parsed, kind);
        } catch (ConditionException e) {
            throw new IamException(IamErrorCode.MALFORMED_POLICY_DOCUMENT, conditionMessage(e));
        }
        return parsed;
    }

    /** As the parser words its problems: what is wrong, then where. */
    public static String conditionMessage(ConditionException e) {
        return e.getMessage() + (e.position().line() == 0 ? ""
                : " (line " + e.position().line() + ", column " + e.position().column() + ")");
    }

    static IamException toIamException(PolicyProblem problem, String parameter) {
        return switch (problem.errorClass()) {
            case LIMIT_EXCEEDED -> new IamException(IamErrorCode.LIMIT_EXCEEDED, problem.message());
            case VALIDATION_ERROR -> new IamException(IamErrorCode.VALIDATION_ERROR,
                    String.format(VALIDATION_PREFIX, parameter) + problem.message());
            default -> new IamException(IamErrorCode.MALFORMED_POLICY_DOCUMENT, problem.explanation());
        };
    }
}
