package dev.warden.insight.generate;

import java.util.List;

/**
 * Where {@code --apply} writes a generated policy.
 *
 * @param policyArn the customer managed policy that gets the new default version
 * @param replacesGrant true when it is the principal's only policy, so the new version replaces
 *     the grant at once; false when it is Warden's own generated policy, attached beside the others
 * @param otherPolicies the policies that keep granting until they are detached (inline policy
 *     names, managed policy ARNs, group names); empty when the grant is replaced
 */
public record ApplyTarget(String policyArn, boolean exists, boolean replacesGrant, List<String> otherPolicies) {
    public ApplyTarget {
        otherPolicies = List.copyOf(otherPolicies);
    }
}
