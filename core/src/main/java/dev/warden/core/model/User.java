package dev.warden.core.model;

import java.time.Instant;
import java.util.List;

/** An IAM user. {@code permissionsBoundaryArn} is null when none is set. */
public record User(
        String accountId,
        String userId,
        String userName,
        String path,
        Instant createDate,
        String permissionsBoundaryArn,
        List<Tag> tags,
        long version) {
    public User {
        tags = List.copyOf(tags);
    }

    public String arn() {
        return Arns.user(accountId, path, userName);
    }
}
