package dev.warden.insight.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.catalog.Catalog;
import dev.warden.insight.access.AccountPrincipal;
import dev.warden.insight.testing.SmallAccountTest;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyGeneratorTest extends SmallAccountTest {

    @Test
    void groupsPerServiceKeepsTheConditionOfAConditionalGrantAndListsWhatWasNotUsed() {
        AccountPrincipal alice = account.principals().find(ARN + "user/alice").orElseThrow();
        AuditUsage usage = new AuditUsage(Set.of(
                new UsedAccess("iam:GetUser", ARN + "user/app/a"),
                new UsedAccess("iam:GetUser", ARN + "user/app/b"),
                new UsedAccess("iam:CreateUser", ARN + "user/app/c")), 3);
        GeneratedPolicy generated = PolicyGenerator.generate(alice, usage, Catalog.get());
        assertThat(generated.document().toString()).isEqualTo("{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Sid\":\"IamUsed1\",\"Effect\":\"Allow\",\"Action\":\"iam:CreateUser\",\"Resource\":\"" + ARN + "user/app/c\","
                + "\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}},"
                + "{\"Sid\":\"IamUsed2\",\"Effect\":\"Allow\",\"Action\":\"iam:GetUser\",\"Resource\":\"" + ARN + "user/app/*\"}]}");
        assertThat(generated.diff().grantedActions()).containsExactly("iam:CreateUser", "iam:GetUser");
        assertThat(generated.diff().unusedActions()).isEmpty();
        assertThat(generated.diff().unusedServices()).isEmpty();
    }

    @Test
    void theDiffNamesUnusedActionsAndServices() {
        AccountPrincipal dave = account.principals().find(ARN + "user/dave").orElseThrow();
        AuditUsage usage = new AuditUsage(Set.of(new UsedAccess("iam:TagUser", ARN + "user/x")), 1);
        PolicyDiff diff = PolicyGenerator.generate(dave, usage, Catalog.get()).diff();
        assertThat(diff.usedActions()).containsExactly("iam:TagUser");
        assertThat(diff.unusedActions()).containsExactly("iam:PassRole");
        assertThat(diff.unusedServices()).containsExactly("lambda");
    }
}
