package dev.warden.insight.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.iam.AttachmentRequests;
import dev.warden.core.iam.ListOptions;
import dev.warden.core.iam.PolicyRequests;
import dev.warden.core.iam.UserRequests;
import dev.warden.insight.access.AccountPrincipal;
import dev.warden.insight.testing.SmallAccount;
import dev.warden.insight.testing.SmallAccountTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PolicyApplierTest extends SmallAccountTest {

    static final String GENERATED = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"iam:GetUser\",\"Resource\":\"*\"}]}";

    PolicyApplier applier;

    @BeforeEach
    void open() {
        applier = new PolicyApplier(account.iam());
    }

    @Test
    void theOnlyCustomerManagedPolicyGetsANewDefaultVersion() {
        account.iam().users().createUser(UserRequests.CreateUser.named("solo"));
        account.iam().policies().createPolicy(PolicyRequests.CreatePolicy.of("solo-access", SmallAccount.document(
                SmallAccount.statement("Allow", "iam:*", "*", null))));
        account.iam().attachments().attachUserPolicy(new AttachmentRequests.AttachPolicy("solo", ARN + "policy/solo-access"));
        AccountPrincipal solo = account.principals().find(ARN + "user/solo").orElseThrow();

        ApplyTarget target = applier.target(solo);
        assertThat(target).isEqualTo(new ApplyTarget(ARN + "policy/solo-access", true, true, java.util.List.of()));
        applier.apply(solo, target, GENERATED);
        assertThat(account.iam().policies().defaultDocument(ARN + "policy/solo-access")).get().asString()
                .contains("iam:GetUser").doesNotContain("iam:*");
        assertThat(account.iam().policies().listPolicyVersions(ARN + "policy/solo-access", ListOptions.all()).items()).hasSize(2);
    }

    @Test
    void otherwiseWardensOwnPolicyIsCreatedAndAttachedAndTheOthersAreNamed() {
        AccountPrincipal dave = account.principals().find(ARN + "user/dave").orElseThrow();
        ApplyTarget target = applier.target(dave);
        String generated = ARN + "policy/warden-generated/warden-generated-dave";
        assertThat(target).isEqualTo(new ApplyTarget(generated, false, false, java.util.List.of("inline inline")));
        applier.apply(dave, target, GENERATED);
        assertThat(account.iam().principalPolicies().forUser("dave").managedPolicies()).extracting(p -> p.policyArn())
                .containsExactly(generated);
        // The next apply finds it and writes versions, keeping at most five.
        for (int i = 0; i < 6; i++) {
            ApplyTarget again = applier.target(dave);
            assertThat(again.exists()).isTrue();
            applier.apply(dave, again, GENERATED);
        }
        assertThat(account.iam().policies().listPolicyVersions(generated, ListOptions.all()).items()).hasSize(5);
    }

    @Test
    void aPolicySharedWithOthersIsNotRewritten() {
        account.iam().users().createUser(UserRequests.CreateUser.named("one"));
        account.iam().users().createUser(UserRequests.CreateUser.named("two"));
        account.iam().policies().createPolicy(PolicyRequests.CreatePolicy.of("shared", SmallAccount.document(
                SmallAccount.statement("Allow", "iam:*", "*", null))));
        account.iam().attachments().attachUserPolicy(new AttachmentRequests.AttachPolicy("one", ARN + "policy/shared"));
        account.iam().attachments().attachUserPolicy(new AttachmentRequests.AttachPolicy("two", ARN + "policy/shared"));
        ApplyTarget target = applier.target(account.principals().find(ARN + "user/one").orElseThrow());
        assertThat(target.policyArn()).isEqualTo(ARN + "policy/warden-generated/warden-generated-one");
        assertThat(target.otherPolicies()).containsExactly(ARN + "policy/shared");
    }
}
