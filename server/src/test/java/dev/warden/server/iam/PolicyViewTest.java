package dev.warden.server.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyViewTest {

    static PolicyView view(String name, boolean aws) {
        return new PolicyView(name, "ANPAEXAMPLE0000000000", "arn", "/", "v1", 0, 0, null, Instant.EPOCH, Instant.EPOCH,
                List.of(), aws);
    }

    @Test
    void sortsByNameIgnoringCaseWithTheCustomerPolicyFirstOnATie() {
        List<PolicyView> views = List.of(view("b", false), view("ReadOnly", true), view("A-x", true),
                view("readonly", false), view("a", false), view("ReadOnlyAccess", true));
        List<String> order = views.stream().sorted(Comparator.comparing(PolicyView::sortKey))
                .map(v -> v.policyName() + (v.awsManaged() ? "@aws" : "")).toList();
        assertThat(order).containsExactly("a", "A-x@aws", "b", "readonly", "ReadOnly@aws", "ReadOnlyAccess@aws");
    }

    @Test
    void awsPolicyIdsAreStableAndShapedLikeAws() {
        String id = AwsManagedPolicies.policyId("arn:aws:iam::aws:policy/ReadOnlyAccess");
        assertThat(id).matches("ANPA[A-Z2-7]{17}").isEqualTo(AwsManagedPolicies.policyId(
                "arn:aws:iam::aws:policy/ReadOnlyAccess"));
        assertThat(id).isNotEqualTo(AwsManagedPolicies.policyId("arn:aws:iam::aws:policy/AdministratorAccess"));
    }
}
