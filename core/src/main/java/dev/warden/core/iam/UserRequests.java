package dev.warden.core.iam;

import dev.warden.core.model.Tag;
import java.util.List;

/** Typed parameters of the IAM user actions; null members are "not given". */
public final class UserRequests {
    private UserRequests() {
    }

    public record CreateUser(String userName, String path, String permissionsBoundary, List<Tag> tags) {
        public static CreateUser named(String userName) {
            return new CreateUser(userName, null, null, List.of());
        }
    }

    public record UpdateUser(String userName, String newUserName, String newPath) {
    }

    public record TagUser(String userName, List<Tag> tags) {
    }

    public record UntagUser(String userName, List<String> tagKeys) {
    }

    public record PutUserPermissionsBoundary(String userName, String permissionsBoundary) {
    }
}
