package dev.warden.core.iam;

import dev.warden.core.model.Group;
import dev.warden.core.model.InlinePolicy;
import dev.warden.core.model.InstanceProfile;
import dev.warden.core.model.ManagedPolicy;
import dev.warden.core.model.PolicyVersion;
import dev.warden.core.model.Role;
import dev.warden.core.model.RoleLastUsed;
import dev.warden.core.model.User;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One page of GetAccountAuthorizationDetails: the entities of the requested kinds with everything
 * that relates them (inline policies, attached policy ARNs, group names, instance profiles, versions),
 * read in one consistent snapshot. When {@code truncated}, {@code marker} continues the listing.
 */
public record AccountAuthorizationDetails(
        List<UserDetail> users,
        List<GroupDetail> groups,
        List<RoleDetail> roles,
        List<LocalPolicyDetail> localPolicies,
        List<AwsPolicyUsage> awsPolicies,
        boolean truncated,
        String marker) {

    public AccountAuthorizationDetails {
        users = List.copyOf(users);
        groups = List.copyOf(groups);
        roles = List.copyOf(roles);
        localPolicies = List.copyOf(localPolicies);
        awsPolicies = List.copyOf(awsPolicies);
    }

    /** The parameters; an empty (or null) filter means every kind. */
    public record Query(Set<AuthorizationEntityKind> filter, String marker, Integer maxItems) {
        public static Query all() {
            return new Query(Set.of(), null, null);
        }
    }

    public record UserDetail(User user, List<InlinePolicy> inlinePolicies, List<String> groupNames,
            List<String> attachedPolicyArns) {
    }

    public record GroupDetail(Group group, List<InlinePolicy> inlinePolicies, List<String> attachedPolicyArns) {
    }

    /** The role and the roles inside its instance profiles carry trust policies in display form. */
    /** {@code lastUsed} is empty for a role never used. */
    public record RoleDetail(Role role, List<InstanceProfile> instanceProfiles, List<InlinePolicy> inlinePolicies,
            List<String> attachedPolicyArns, Optional<RoleLastUsed> lastUsed) {
    }

    /** A customer managed policy with all its versions, oldest first. */
    public record LocalPolicyDetail(ManagedPolicy policy, List<PolicyVersion> versions) {
    }

    /**
     * An AWS managed policy in use in the account; its document and dates come from the catalogue,
     * which the core does not hold.
     */
    public record AwsPolicyUsage(String arn, int attachmentCount, int permissionsBoundaryUsageCount) {
    }
}
