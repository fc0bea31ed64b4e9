package dev.warden.core.iam;

import dev.warden.core.model.InlinePolicy;
import java.util.List;

/**
 * Every identity-based policy that applies to a user or role, gathered in one read for the policy
 * engine: inline documents, managed policies (customer ones with their default version's document,
 * AWS managed ones by ARN only, to be resolved from the catalog), group policies for users, and the
 * permissions boundary. All lists are ordered and immutable.
 */
public record PrincipalPolicies(
        String principalArn,
        List<InlinePolicy> inlinePolicies,
        List<ManagedPolicyDocument> managedPolicies,
        List<GroupPolicies> groups,
        ManagedPolicyDocument permissionsBoundary) {

    public PrincipalPolicies {
        inlinePolicies = List.copyOf(inlinePolicies);
        managedPolicies = List.copyOf(managedPolicies);
        groups = List.copyOf(groups);
    }

    /** A managed policy by ARN; {@code document} is null for AWS managed policies (the catalog has them). */
    public record ManagedPolicyDocument(String policyArn, String document) {
        public boolean isAwsManaged() {
            return PolicyArns.isAwsManaged(policyArn);
        }
    }

    /** The policies a user inherits from one group. */
    public record GroupPolicies(String groupArn, List<InlinePolicy> inlinePolicies, List<ManagedPolicyDocument> managedPolicies) {
        public GroupPolicies {
            inlinePolicies = List.copyOf(inlinePolicies);
            managedPolicies = List.copyOf(managedPolicies);
        }
    }
}
