package dev.warden.server.iam;

import dev.warden.catalog.ManagedPolicies;
import dev.warden.core.iam.Iam;
import dev.warden.core.iam.ListOptions;
import dev.warden.core.iam.PrincipalPolicies;
import dev.warden.core.iam.PolicyRequests;
import dev.warden.core.model.Group;
import dev.warden.core.model.Role;
import dev.warden.core.model.User;
import dev.warden.policy.document.PolicyDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a service last accessed report covers: the permissions policies of the user, group, role or
 * managed policy it names (boundaries and other policy types are left out, as AWS documents), and
 * the users and roles whose calls count: the user or role itself, a group's members, or the users
 * and roles a policy is attached to (directly or through a group).
 *
 * @param userOnly the ARN of the one user whose calls count, else null (the audit query can filter on it)
 */
record ServiceAccessScope(List<PolicyDocument> policies, Map<String, EntityInfo> entities, String userOnly) {

    private static final Pattern POLICY_ARN = Pattern.compile("arn:aws:iam::(aws|\\d{12}):policy/.+");

    /** A user or role of the report, in the EntityInfo shape. */
    record EntityInfo(String arn, String name, String type, String id, String path) {
        static EntityInfo of(User user) {
            return new EntityInfo(user.arn(), user.userName(), "USER", user.userId(), user.path());
        }

        static EntityInfo of(Role role) {
            return new EntityInfo(role.arn(), role.roleName(), "ROLE", role.roleId(), role.path());
        }
    }

    ServiceAccessScope {
        policies = List.copyOf(policies);
        entities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entities));
    }

    /**
     * @throws dev.warden.core.error.IamException NoSuchEntity for an entity or policy that does not exist
     * @throws dev.warden.server.error.AwsError InvalidInput for an ARN of anything else
     */
    static ServiceAccessScope of(String arn, Iam iam, PrincipalPolicySource principals) {
        List<PolicyDocument> policies = new ArrayList<>();
        Map<String, EntityInfo> entities = new LinkedHashMap<>();
        if (POLICY_ARN.matcher(arn).matches()) {
            boolean awsManaged = AwsManagedPolicies.isAwsManagedArn(arn);
            if (awsManaged) {
                new AwsManagedPolicies(ManagedPolicies.get(), iam).require(arn);
            } else {
                iam.policies().getPolicy(arn);
            }
            principals.addManaged((document, type, source, origin) -> policies.add(document),
                    new PrincipalPolicies.ManagedPolicyDocument(arn,
                            awsManaged ? null : iam.policies().defaultDocument(arn).orElse(null)),
                    dev.warden.policy.eval.PolicyType.IDENTITY);
            PolicyRequests.EntitiesForPolicy attached = iam.policies().listEntitiesForPolicy(arn);
            attached.users().forEach(u -> entities.put(u.arn(), EntityInfo.of(u)));
            attached.roles().forEach(r -> entities.put(r.arn(), EntityInfo.of(r)));
            attached.groups().forEach(g -> addMembers(iam, g, entities));
            return new ServiceAccessScope(policies, entities, null);
        }
        PrincipalPolicySource.Entity entity = principals.entity(arn);
        principals.addTo((document, type, source, origin) -> policies.add(document), entity, false);
        switch (entity.kind()) {
            case "user" -> {
                User user = iam.users().getUser(entity.name());
                entities.put(user.arn(), EntityInfo.of(user));
                return new ServiceAccessScope(policies, entities, user.arn());
            }
            case "role" -> {
                Role role = iam.roles().getRole(entity.name());
                entities.put(role.arn(), EntityInfo.of(role));
            }
            default -> addMembers(iam, iam.groups().getGroup(entity.name(), ListOptions.firstPage(1)).group(), entities);
        }
        return new ServiceAccessScope(policies, entities, null);
    }

    private static void addMembers(Iam iam, Group group, Map<String, EntityInfo> entities) {
        String marker = null;
        do {
            var page = iam.groups().getGroup(group.groupName(), new ListOptions(null, marker, null)).users();
            page.items().forEach(u -> entities.put(u.arn(), EntityInfo.of(u)));
            marker = page.truncated() ? page.marker() : null;
        } while (marker != null);
    }
}
