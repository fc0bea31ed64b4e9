package dev.warden.core.iam;

import static dev.warden.core.iam.IamAssertions.failsWith;

import dev.warden.core.error.IamErrorCode;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Entities per account (IAM User Guide, "IAM and AWS STS quotas"), each set to one here so the second
 * create goes past it: LimitExceeded with AWS's "Cannot exceed quota for <Quota>: <n>" wording (quoted
 * from AWS for InstanceProfilesPerAccount in ansible/workshops#1801; the others follow its form).
 */
class AccountQuotasTest {

    @TempDir
    Path dir;

    static final IamQuotas DEFAULTS = IamQuotas.defaults();

    /** Defaults with one account-level quota replaced. */
    static IamQuotas oneOf(String quota) {
        IamQuotas d = DEFAULTS;
        return new IamQuotas(quota.equals("users") ? 1 : d.users(), quota.equals("groups") ? 1 : d.groups(),
                quota.equals("roles") ? 1 : d.roles(), quota.equals("policies") ? 1 : d.customerManagedPolicies(),
                d.managedPoliciesPerUser(), d.managedPoliciesPerRole(), d.managedPoliciesPerGroup(), d.groupsPerUser(),
                d.accessKeysPerUser(), d.policyVersions(), d.tagsPerResource(), d.userInlinePolicyChars(),
                d.roleInlinePolicyChars(), d.groupInlinePolicyChars(), d.managedPolicyChars(), d.trustPolicyChars(),
                quota.equals("instance profiles") ? 1 : d.instanceProfiles(), d.openIdConnectProviders());
    }

    static Stream<Arguments> quotas() {
        BiConsumer<Iam, String> user = (iam, n) -> iam.users().createUser(UserRequests.CreateUser.named(n));
        BiConsumer<Iam, String> group = (iam, n) -> iam.groups().createGroup(new GroupRequests.CreateGroup(n, null));
        BiConsumer<Iam, String> role = (iam, n) -> iam.roles().createRole(RoleRequests.CreateRole.of(n,
                IamFixture.trust("arn:aws:iam::123456789012:root")));
        BiConsumer<Iam, String> policy = (iam, n) -> iam.policies().createPolicy(PolicyRequests.CreatePolicy.of(n,
                IamFixture.allowAll()));
        BiConsumer<Iam, String> profile = (iam, n) -> iam.instanceProfiles().createInstanceProfile(
                InstanceProfileRequests.CreateInstanceProfile.named(n));
        return Stream.of(
                Arguments.of("users", user, "Cannot exceed quota for UsersPerAccount: 1"),
                Arguments.of("groups", group, "Cannot exceed quota for GroupsPerAccount: 1"),
                Arguments.of("roles", role, "Cannot exceed quota for RolesPerAccount: 1"),
                Arguments.of("policies", policy, "Cannot exceed quota for PoliciesPerAccount: 1"),
                Arguments.of("instance profiles", profile, "Cannot exceed quota for InstanceProfilesPerAccount: 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quotas")
    void theSecondEntityGoesPastAQuotaOfOne(String quota, BiConsumer<Iam, String> create, String message) {
        try (IamFixture fx = new IamFixture(dir, oneOf(quota))) {
            create.accept(fx.iam, "first");
            failsWith(IamErrorCode.LIMIT_EXCEEDED, () -> create.accept(fx.iam, "second")).hasMessage(message);
        }
    }
}
