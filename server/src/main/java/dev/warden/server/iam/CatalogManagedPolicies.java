package dev.warden.server.iam;

import dev.warden.catalog.ManagedPolicies;
import dev.warden.core.iam.ManagedPolicyDirectory;
import java.util.Objects;

/**
 * The IAM core's directory of AWS managed policies, answered from the catalogue: an ARN exists when
 * the catalogue has a policy with exactly that ARN (path and letter case included).
 */
public final class CatalogManagedPolicies implements ManagedPolicyDirectory {

    private final ManagedPolicies policies;

    /** Over the embedded catalogue. */
    public CatalogManagedPolicies() {
        this(ManagedPolicies.get());
    }

    public CatalogManagedPolicies(ManagedPolicies policies) {
        this.policies = Objects.requireNonNull(policies, "policies");
    }

    @Override
    public boolean exists(String awsManagedPolicyArn) {
        return awsManagedPolicyArn != null
                && policies.find(awsManagedPolicyArn).filter(p -> p.arn().equals(awsManagedPolicyArn)).isPresent();
    }
}
