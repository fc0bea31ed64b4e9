package dev.warden.core.iam;

import dev.warden.core.model.Tag;
import java.util.List;

/** Typed parameters of the instance profile actions; null members are "not given". */
public final class InstanceProfileRequests {
    private InstanceProfileRequests() {
    }

    public record CreateInstanceProfile(String instanceProfileName, String path, List<Tag> tags) {
        public static CreateInstanceProfile named(String name) {
            return new CreateInstanceProfile(name, null, List.of());
        }
    }

    /** AddRoleToInstanceProfile and RemoveRoleFromInstanceProfile. */
    public record RoleMembership(String instanceProfileName, String roleName) {
    }

    public record TagInstanceProfile(String instanceProfileName, List<Tag> tags) {
    }

    public record UntagInstanceProfile(String instanceProfileName, List<String> tagKeys) {
    }
}
