package dev.warden.core.model;

import java.time.Instant;
import java.util.List;

/**
 * An instance profile: a container that hands one role to EC2 instances. {@code roles} holds at most
 * one role in AWS (the quota is enforced by the service, the list shape is the API's); roles read
 * through the IAM services carry their trust policy in display form.
 */
public record InstanceProfile(
        String accountId,
        String instanceProfileId,
        String instanceProfileName,
        String path,
        Instant createDate,
        List<Tag> tags,
        List<Role> roles,
        long version) {
    public InstanceProfile {
        tags = List.copyOf(tags);
        roles = List.copyOf(roles);
    }

    public String arn() {
        return Arns.instanceProfile(accountId, path, instanceProfileName);
    }

    public InstanceProfile withTags(List<Tag> newTags) {
        return new InstanceProfile(accountId, instanceProfileId, instanceProfileName, path, createDate, newTags, roles,
                version);
    }

    public InstanceProfile withRoles(List<Role> newRoles) {
        return new InstanceProfile(accountId, instanceProfileId, instanceProfileName, path, createDate, tags, newRoles,
                version);
    }
}
