package dev.warden.core.iam;

/**
 * Account quotas (iam-semantics §7.7); defaults are AWS's defaults, adjustable ones may be raised up
 * to AWS's maximums by configuration.
 */
public record IamQuotas(
        int users,
        int groups,
        int roles,
        int customerManagedPolicies,
        int managedPoliciesPerUser,
        int managedPoliciesPerRole,
        int managedPoliciesPerGroup,
        int groupsPerUser,
        int accessKeysPerUser,
        int policyVersions,
        int tagsPerResource,
        int userInlinePolicyChars,
        int roleInlinePolicyChars,
        int groupInlinePolicyChars,
        int managedPolicyChars,
        int trustPolicyChars,
        int instanceProfiles,
        int openIdConnectProviders) {

    /** Fixed in AWS: an instance profile holds one role. */
    public static final int ROLES_PER_INSTANCE_PROFILE = 1;

    /** Fixed in AWS (iam-semantics §7.7): MFA devices a user may have. */
    public static final int MFA_DEVICES_PER_USER = 8;

    public static IamQuotas defaults() {
        return new IamQuotas(5_000, 300, 1_000, 1_500, 10, 10, 10, 10, 2, 5, 50, 2_048, 10_240, 5_120, 6_144, 2_048,
                1_000, 100);
    }

    public IamQuotas withTrustPolicyChars(int chars) {
        return new IamQuotas(users, groups, roles, customerManagedPolicies, managedPoliciesPerUser, managedPoliciesPerRole,
                managedPoliciesPerGroup, groupsPerUser, accessKeysPerUser, policyVersions, tagsPerResource,
                userInlinePolicyChars, roleInlinePolicyChars, groupInlinePolicyChars, managedPolicyChars, chars,
                instanceProfiles, openIdConnectProviders);
    }

    public IamQuotas withInstanceProfiles(int count) {
        return new IamQuotas(users, groups, roles, customerManagedPolicies, managedPoliciesPerUser, managedPoliciesPerRole,
                managedPoliciesPerGroup, groupsPerUser, accessKeysPerUser, policyVersions, tagsPerResource,
                userInlinePolicyChars, roleInlinePolicyChars, groupInlinePolicyChars, managedPolicyChars,
                trustPolicyChars, count, openIdConnectProviders);
    }

    public IamQuotas withOpenIdConnectProviders(int count) {
        return new IamQuotas(users, groups, roles, customerManagedPolicies, managedPoliciesPerUser, managedPoliciesPerRole,
                managedPoliciesPerGroup, groupsPerUser, accessKeysPerUser, policyVersions, tagsPerResource,
                userInlinePolicyChars, roleInlinePolicyChars, groupInlinePolicyChars, managedPolicyChars,
                trustPolicyChars, instanceProfiles, count);
    }
}
