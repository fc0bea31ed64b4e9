package dev.warden.core.iam;

import dev.warden.core.store.StoredMfaDevice;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GetAccountSummary: the SummaryMap of usage counts and quotas (iam-semantics §7.7). MFADevices counts
 * every virtual MFA device, MFADevicesInUse those enabled for a user. Entities Warden does not model
 * (SAML providers, the root user's MFA, keys and signing certificates) count as zero.
 */
public final class AccountSummaryService {
    private final IamContext ctx;

    public AccountSummaryService(IamContext ctx) {
        this.ctx = ctx;
    }

    /** Keys in the order AWS documents them. */
    public Map<String, Integer> getAccountSummary() {
        IamQuotas q = ctx.quotas();
        return ctx.store().read(tx -> {
            String account = ctx.accountId();
            Map<String, Integer> m = new LinkedHashMap<>();
            m.put("Users", tx.users().count(account));
            m.put("UsersQuota", q.users());
            m.put("Groups", tx.groups().count(account));
            m.put("GroupsQuota", q.groups());
            m.put("ServerCertificates", tx.serverCertificates().count(account));
            m.put("ServerCertificatesQuota", ServerCertificateService.PER_ACCOUNT);
            m.put("UserPolicySizeQuota", q.userInlinePolicyChars());
            m.put("GroupPolicySizeQuota", q.groupInlinePolicyChars());
            m.put("GroupsPerUserQuota", q.groupsPerUser());
            m.put("SigningCertificatesPerUserQuota", SigningCertificateService.PER_USER);
            m.put("AccessKeysPerUserQuota", q.accessKeysPerUser());
            List<StoredMfaDevice> mfa = tx.mfaDevices().listForAccount(account);
            m.put("MFADevices", mfa.size());
            m.put("MFADevicesInUse", (int) mfa.stream().filter(d -> d.device().assigned()).count());
            m.put("AccountMFAEnabled", 0);
            m.put("AccountAccessKeysPresent", 0);
            m.put("AccountPasswordPresent", 0);
            m.put("AccountSigningCertificatesPresent", 0);
            m.put("AttachedPoliciesPerGroupQuota", q.managedPoliciesPerGroup());
            m.put("AttachedPoliciesPerRoleQuota", q.managedPoliciesPerRole());
            m.put("AttachedPoliciesPerUserQuota", q.managedPoliciesPerUser());
            m.put("Policies", tx.policies().count(account));
            m.put("PoliciesQuota", q.customerManagedPolicies());
            m.put("PolicySizeQuota", q.managedPolicyChars());
            m.put("PolicyVersionsInUse", tx.policies().countVersions(account));
            m.put("PolicyVersionsInUseQuota", 10_000);
            m.put("VersionsPerPolicyQuota", q.policyVersions());
            m.put("GlobalEndpointTokenVersion", tx.stsPreferences().globalEndpointTokenVersion(account)
                    .orElse(GlobalEndpointTokenVersion.DEFAULT).number());
            m.put("AssumeRolePolicySizeQuota", q.trustPolicyChars());
            m.put("InstanceProfiles", tx.instanceProfiles().count(account));
            m.put("InstanceProfilesQuota", q.instanceProfiles());
            m.put("Providers", tx.oidcProviders().count(account) + tx.samlProviders().count(account));
            m.put("RolePolicySizeQuota", q.roleInlinePolicyChars());
            m.put("Roles", tx.roles().count(account));
            m.put("RolesQuota", q.roles());
            return m;
        });
    }
}
