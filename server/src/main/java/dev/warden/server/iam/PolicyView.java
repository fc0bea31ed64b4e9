package dev.warden.server.iam;

import dev.warden.core.model.ManagedPolicy;
import dev.warden.core.model.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A managed policy as the {@code Policy} shape shows it, for customer managed policies (from the
 * store) and AWS managed ones (from the catalogue) alike.
 *
 * @param description null when unset
 */
record PolicyView(
        String policyName,
        String policyId,
        String arn,
        String path,
        String defaultVersionId,
        int attachmentCount,
        int permissionsBoundaryUsageCount,
        String description,
        Instant createDate,
        Instant updateDate,
        List<Tag> tags,
        boolean awsManaged) {

    PolicyView {
        tags = List.copyOf(tags);
    }

    static PolicyView of(ManagedPolicy policy) {
        return new PolicyView(policy.policyName(), policy.policyId(), policy.arn(), policy.path(),
                policy.defaultVersionId(), policy.attachmentCount(), policy.permissionsBoundaryUsageCount(),
                policy.description(), policy.createDate(), policy.updateDate(), policy.tags(), false);
    }

    /**
     * Where the policy sorts in ListPolicies: by name ignoring case; a customer policy before an AWS
     * policy of the same name. The space sorts below every character a policy name may contain, so
     * the key of a name sorts right after the name itself and before any longer name.
     */
    String sortKey() {
        return policyName.toLowerCase(Locale.ROOT) + (awsManaged ? " 1" : " 0");
    }
}
