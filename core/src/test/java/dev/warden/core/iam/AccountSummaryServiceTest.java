package dev.warden.core.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountSummaryServiceTest {
    @TempDir
    Path dir;

    @Test
    void countsEntitiesAndReportsQuotas() {
        try (IamFixture fx = new IamFixture(dir)) {
            fx.iam.users().createUser(UserRequests.CreateUser.named("a"));
            fx.iam.users().createUser(UserRequests.CreateUser.named("b"));
            fx.iam.roles().createRole(RoleRequests.CreateRole.of("r", IamFixture.trust("arn:aws:iam::123456789012:root")));
            var p = fx.iam.policies().createPolicy(PolicyRequests.CreatePolicy.of("p", IamFixture.allowAll()));
            fx.iam.policies().createPolicyVersion(new PolicyRequests.CreatePolicyVersion(p.arn(), IamFixture.allowAll(), false));
            Map<String, Integer> m = fx.iam.accountSummary().getAccountSummary();
            assertThat(m).containsEntry("Users", 2).containsEntry("Roles", 1).containsEntry("Groups", 0)
                    .containsEntry("Policies", 1).containsEntry("PolicyVersionsInUse", 2)
                    .containsEntry("UsersQuota", 5000).containsEntry("AssumeRolePolicySizeQuota", 2048)
                    .containsEntry("AccessKeysPerUserQuota", 2);
            assertThat(m).hasSize(34);
        }
    }
}
