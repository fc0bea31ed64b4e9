package dev.warden.server.iam;

import dev.warden.catalog.ManagedPolicies;
import dev.warden.core.iam.RoleRequests;
import dev.warden.core.iam.RoleService;
import dev.warden.core.iam.RoleUseService;
import dev.warden.core.model.Page;
import dev.warden.core.model.Role;
import dev.warden.core.model.RoleLastUsed;
import dev.warden.server.xml.XmlResult;
import java.util.Optional;

/** The IAM role actions. */
final class RoleActions {

    private RoleActions() {}

    static void register(ActionTable table, IamApiContext context) {
        RoleService roles = context.iam().roles();
        RoleUseService uses = context.iam().roleUses();
        AwsManagedPolicies aws = new AwsManagedPolicies(ManagedPolicies.get(), context.iam());
        table.add("CreateRole", r -> {
            String name = r.required("RoleName");
            String trust = r.required("AssumeRolePolicyDocument");
            String boundary = UserActions.knownBoundary(aws, r.optional("PermissionsBoundary"));
            Role role = roles.createRole(new RoleRequests.CreateRole(name, r.optional("Path"), trust,
                    r.optional("Description"), r.optionalInt("MaxSessionDuration"), boundary, r.tags()));
            return role(role, Optional.empty());
        });
        table.add("GetRole", r -> {
            Role role = roles.getRole(r.required("RoleName"));
            return role(role, uses.lastUsed(role.roleId()));
        });
        table.add("ListRoles", r -> {
            Page<Role> page = roles.listRoles(r.listOptions());
            return xml -> {
                xml.list("Roles", page.items(), RoleXml::writeSummary);
                PageXml.write(xml, page);
            };
        });
        table.add("UpdateRole", r -> {
            roles.updateRole(new RoleRequests.UpdateRole(r.required("RoleName"), r.optional("Description"),
                    r.optionalInt("MaxSessionDuration")));
            return XmlResult.EMPTY;
        });
        table.add("UpdateRoleDescription", r -> {
            Role role = roles.updateRoleDescription(
                    new RoleRequests.UpdateRoleDescription(r.required("RoleName"), r.required("Description")));
            return role(role, uses.lastUsed(role.roleId()));
        });
        table.add("UpdateAssumeRolePolicy", r -> {
            roles.updateAssumeRolePolicy(new RoleRequests.UpdateAssumeRolePolicy(r.required("RoleName"),
                    r.required("PolicyDocument")));
            return XmlResult.NONE;
        });
        table.add("DeleteRole", r -> {
            roles.deleteRole(r.required("RoleName"));
            return XmlResult.NONE;
        });
        TagActions.register(table, "Role", "RoleName",
                (name, tags) -> roles.tagRole(new RoleRequests.TagRole(name, tags)),
                (name, keys) -> roles.untagRole(new RoleRequests.UntagRole(name, keys)),
                roles::listRoleTags);
        table.add("PutRolePermissionsBoundary", r -> {
            String name = r.required("RoleName");
            String boundary = UserActions.knownBoundary(aws, r.required("PermissionsBoundary"));
            roles.putRolePermissionsBoundary(new RoleRequests.PutRolePermissionsBoundary(name, boundary));
            return XmlResult.NONE;
        });
        table.add("CreateServiceLinkedRole", r -> role(roles.createServiceLinkedRole(
                new RoleRequests.CreateServiceLinkedRole(r.required("AWSServiceName"), r.optional("CustomSuffix"),
                        r.optional("Description"))), Optional.empty()));
        table.add("DeleteServiceLinkedRole", r -> {
            String taskId = roles.deleteServiceLinkedRole(r.required("RoleName"));
            return xml -> xml.element("DeletionTaskId", taskId);
        });
        table.add("GetServiceLinkedRoleDeletionStatus", r -> {
            String status = roles.serviceLinkedRoleDeletionStatus(r.required("DeletionTaskId"));
            return xml -> xml.element("Status", status);
        });
        table.add("DeleteRolePermissionsBoundary", r -> {
            roles.deleteRolePermissionsBoundary(r.required("RoleName"));
            return XmlResult.NONE;
        });
    }

    /** A new role was never used; an existing one reports its last use. */
    private static XmlResult role(Role role, Optional<RoleLastUsed> lastUsed) {
        return xml -> {
            xml.start("Role");
            RoleXml.writeFull(xml, role, lastUsed);
            xml.end();
        };
    }
}
