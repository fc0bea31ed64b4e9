package dev.warden.core.iam;

import dev.warden.core.model.Group;
import dev.warden.core.model.Role;
import dev.warden.core.model.Tag;
import dev.warden.core.model.User;
import java.util.List;

/** Typed parameters and results of the customer managed policy actions. */
public final class PolicyRequests {
    private PolicyRequests() {
    }

    public record CreatePolicy(String policyName, String path, String policyDocument, String description, List<Tag> tags) {
        public static CreatePolicy of(String policyName, String policyDocument) {
            return new CreatePolicy(policyName, null, policyDocument, null, List.of());
        }
    }

    /** ListPolicies' scope: the store holds Local policies; AWS ones come from the catalog module. */
    public enum Scope { All, AWS, Local }

    /** {@code scope} null means All. */
    public record ListPolicies(Scope scope, boolean onlyAttached, ListOptions page) {
    }

    public record CreatePolicyVersion(String policyArn, String policyDocument, boolean setAsDefault) {
    }

    public record PolicyVersionRef(String policyArn, String versionId) {
    }

    public record TagPolicy(String policyArn, List<Tag> tags) {
    }

    public record UntagPolicy(String policyArn, List<String> tagKeys) {
    }

    /** ListEntitiesForPolicy's result (names sorted). Roles carry their stored-form trust policy: show names and ids only. */
    public record EntitiesForPolicy(List<User> users, List<Group> groups, List<Role> roles) {
    }
}
