package dev.warden.core.model;

import java.time.Instant;

/** An IAM group: a set of users that share attached and inline policies. Not a principal. */
public record Group(String accountId, String groupId, String groupName, String path, Instant createDate, long version) {
    public String arn() {
        return Arns.group(accountId, path, groupName);
    }
}
