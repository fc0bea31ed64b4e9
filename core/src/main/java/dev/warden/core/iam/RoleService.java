package dev.warden.core.iam;

import dev.warden.core.error.IamException;
import dev.warden.core.id.IdPrefix;
import dev.warden.core.model.Page;
import dev.warden.core.model.PolicyOwner;
import dev.warden.core.model.Role;
import dev.warden.core.model.Tag;
import dev.warden.core.store.ListWindow;
import dev.warden.core.store.StoreTransaction;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * IAM role actions. Every Role returned carries its trust policy in display form (principal ids mapped
 * back to current ARNs); the stored form with ids never leaves this class. The display form is also
 * the one to evaluate: a raw id left in it never matches a recreated entity's ARN.
 */
public final class RoleService {
    private final IamContext ctx;
    private final TrustPolicyPrincipals principals;

    public RoleService(IamContext ctx) {
        this.ctx = ctx;
        this.principals = new TrustPolicyPrincipals(ctx.accountId());
    }

    public Role createRole(RoleRequests.CreateRole request) {
        String name = IamInputRules.roleName(request.roleName());
        String path = IamInputRules.path(request.path());
        if (ServiceLinkedRoles.isServiceLinkedPath(path)) {
            throw IamException.invalidInput("The path " + ServiceLinkedRoles.PATH_PREFIX
                    + " is reserved for service-linked roles; use CreateServiceLinkedRole.");
        }
        String trust = checkedTrustPolicy("assumeRolePolicyDocument", request.assumeRolePolicyDocument());
        String description = IamInputRules.description(request.description());
        int maxSession = IamInputRules.maxSessionDuration(request.maxSessionDuration());
        List<Tag> tags = IamInputRules.tags(request.tags());
        return ctx.store().write(tx -> {
            if (tx.roles().findByName(ctx.accountId(), name).isPresent()) {
                throw IamException.alreadyExists("Role with name " + name + " already exists.");
            }
            if (tx.roles().count(ctx.accountId()) >= ctx.quotas().roles()) {
                throw IamException.limitExceeded("Cannot exceed quota for RolesPerAccount: " + ctx.quotas().roles());
            }
            String boundary = request.permissionsBoundary() == null ? null
                    : PolicyArns.requireAttachable(tx, ctx, request.permissionsBoundary(), "Scope ARN:");
            String stored = principals.toStorage(trust, directory(tx));
            Role role = new Role(ctx.accountId(), ctx.ids().next(IdPrefix.ROLE), name, path, stored, description,
                    maxSession, boundary, tags, ctx.now(), 1);
            tx.roles().insert(role);
            return forDisplay(tx, role);
        });
    }

    public Role getRole(String roleName) {
        String name = IamInputRules.roleName(roleName);
        return ctx.store().read(tx -> forDisplay(tx, EntityLookup.role(tx, ctx.accountId(), name)));
    }

    /** For STS: the role an ARN names, if it exists with exactly that ARN (path included). */
    public Optional<Role> findRoleByArn(String roleArn) {
        String prefix = "arn:aws:iam::" + ctx.accountId() + ":role/";
        if (roleArn == null || !roleArn.startsWith(prefix)) {
            return Optional.empty();
        }
        String name = roleArn.substring(roleArn.lastIndexOf('/') + 1);
        return ctx.store().read(tx -> tx.roles().findByName(ctx.accountId(), name)
                .filter(r -> r.arn().equals(roleArn)).map(r -> forDisplay(tx, r)));
    }

    /** For STS and session validation: a role by unique id (AROA...), if it still exists. */
    public Optional<Role> findRoleById(String roleId) {
        return ctx.store().read(tx -> tx.roles().findById(roleId).map(r -> forDisplay(tx, r)));
    }

    public Page<Role> listRoles(ListOptions options) {
        ListWindow window = Pagination.window(options);
        return ctx.store().read(tx -> {
            List<Role> rows = tx.roles().list(ctx.accountId(), window).stream().map(r -> forDisplay(tx, r)).toList();
            return Pagination.page(rows, window, r -> r.roleName().toLowerCase(Locale.ROOT));
        });
    }

    public void updateRole(RoleRequests.UpdateRole request) {
        String name = IamInputRules.roleName(request.roleName());
        String description = IamInputRules.description(request.description());
        Integer maxSession = request.maxSessionDuration() == null ? null
                : IamInputRules.maxSessionDuration(request.maxSessionDuration());
        modify(name, r -> {
            if (maxSession != null) {
                // A service-linked role's description may change; its session settings are the service's.
                ServiceLinkedRoles.requireModifiable(r);
            }
            return new Role(r.accountId(), r.roleId(), r.roleName(), r.path(), r.assumeRolePolicyDocument(),
                    description == null ? r.description() : description,
                    maxSession == null ? r.maxSessionDuration() : maxSession, r.permissionsBoundaryArn(), r.tags(),
                    r.createDate(), r.version());
        });
    }

    public Role updateRoleDescription(RoleRequests.UpdateRoleDescription request) {
        String name = IamInputRules.roleName(request.roleName());
        IamInputRules.required("description", request.description());
        String description = IamInputRules.description(request.description());
        modify(name, r -> new Role(r.accountId(), r.roleId(), r.roleName(), r.path(), r.assumeRolePolicyDocument(),
                description, r.maxSessionDuration(), r.permissionsBoundaryArn(), r.tags(), r.createDate(), r.version()));
        return getRole(name);
    }

    public void updateAssumeRolePolicy(RoleRequests.UpdateAssumeRolePolicy request) {
        String name = IamInputRules.roleName(request.roleName());
        String trust = checkedTrustPolicy("policyDocument", request.policyDocument());
        ctx.store().write(tx -> {
            Role r = ServiceLinkedRoles.requireModifiable(EntityLookup.role(tx, ctx.accountId(), name));
            tx.roles().update(r.withAssumeRolePolicyDocument(principals.toStorage(trust, directory(tx))));
            return null;
        });
    }

    public void deleteRole(String roleName) {
        String name = IamInputRules.roleName(roleName);
        ctx.store().write(tx -> {
            Role role = ServiceLinkedRoles.requireModifiable(EntityLookup.role(tx, ctx.accountId(), name));
            PolicyOwner owner = PolicyOwner.role(role.roleId());
            if (!tx.inlinePolicies().list(owner).isEmpty()) {
                throw IamException.deleteConflict("Cannot delete entity, must delete policies first.");
            }
            if (!tx.attachments().attachedTo(owner).isEmpty()) {
                throw IamException.deleteConflict("Cannot delete entity, must detach all policies first.");
            }
            if (!tx.instanceProfiles().forRole(role.roleId()).isEmpty()) {
                throw IamException.deleteConflict("Cannot delete entity, must remove roles from instance profile first.");
            }
            tx.roles().delete(role.roleId());
            return null;
        });
    }

    /**
     * Creates the service-linked role of a service: path {@code /aws-service-role/<service>/}, the
     * service's role name (with {@code _<CustomSuffix>} when given), a trust policy naming only the
     * service, and the service's AWS managed permissions policy attached when the catalogue has it.
     */
    public Role createServiceLinkedRole(RoleRequests.CreateServiceLinkedRole request) {
        IamInputRules.required("awsServiceName", request.awsServiceName());
        String service = ServiceLinkedRoleInputs.serviceName(request.awsServiceName());
        String suffix = ServiceLinkedRoleInputs.customSuffix(request.customSuffix());
        String description = IamInputRules.description(request.description());
        ServiceLinkedRoleType type = ServiceLinkedRoleType.forService(service).orElseThrow(() ->
                IamException.invalidInput("Unrecognized service principal: " + service + "."));
        String name = suffix == null ? type.roleName() : type.roleName() + "_" + suffix;
        if (name.length() > 64) {
            throw IamException.invalidInput("The role name " + name + " would exceed 64 characters; use a shorter suffix.");
        }
        return ctx.store().write(tx -> {
            if (tx.roles().findByName(ctx.accountId(), name).isPresent()) {
                throw IamException.invalidInput("Service role name " + name
                        + " has been taken in this account, please try a different suffix.");
            }
            if (tx.roles().count(ctx.accountId()) >= ctx.quotas().roles()) {
                throw IamException.limitExceeded("Cannot exceed quota for RolesPerAccount: " + ctx.quotas().roles());
            }
            Role role = new Role(ctx.accountId(), ctx.ids().next(IdPrefix.ROLE), name, type.path(), type.trustPolicy(),
                    description, IamInputRules.MIN_ROLE_SESSION_DURATION, null, List.of(), ctx.now(), 1);
            tx.roles().insert(role);
            type.policyArn().filter(arn -> ctx.awsManagedPolicies().exists(arn))
                    .ifPresent(arn -> tx.attachments().attach(PolicyOwner.role(role.roleId()), arn, ctx.now()));
            return forDisplay(tx, role);
        });
    }

    /**
     * Deletes a service-linked role with its policies at once (Warden runs no service that could
     * still use it) and returns the deletion task's id, {@code task/<role path><role name>/<role id>}.
     */
    public String deleteServiceLinkedRole(String roleName) {
        String name = IamInputRules.roleName(roleName);
        return ctx.store().write(tx -> {
            Role role = EntityLookup.role(tx, ctx.accountId(), name);
            if (!ServiceLinkedRoles.isServiceLinked(role)) {
                throw IamException.invalidInput("Role " + name + " is not a service-linked role; use DeleteRole.");
            }
            if (!tx.instanceProfiles().forRole(role.roleId()).isEmpty()) {
                throw IamException.deleteConflict("Cannot delete entity, must remove roles from instance profile first.");
            }
            PolicyOwner owner = PolicyOwner.role(role.roleId());
            for (String arn : tx.attachments().attachedTo(owner)) {
                tx.attachments().detach(owner, arn);
            }
            tx.inlinePolicies().list(owner).forEach(p -> tx.inlinePolicies().delete(owner, p.policyName()));
            tx.roles().delete(role.roleId());
            return ServiceLinkedRoleInputs.deletionTaskId(role);
        });
    }

    /** The status of a deletion task: deletions finish at once, so a task whose role is gone SUCCEEDED. */
    public String serviceLinkedRoleDeletionStatus(String deletionTaskId) {
        String roleId = ServiceLinkedRoleInputs.roleIdOfDeletionTask(deletionTaskId);
        return ctx.store().read(tx -> {
            if (tx.roles().findById(roleId).isPresent()) {
                throw IamException.noSuchEntity("Deletion task " + deletionTaskId + " cannot be found.");
            }
            return "SUCCEEDED";
        });
    }

    public void tagRole(RoleRequests.TagRole request) {
        String name = IamInputRules.roleName(request.roleName());
        modify(name, r -> withTags(r,
                TagSet.merge(r.tags(), request.tags(), ctx.quotas().tagsPerResource(), TagKeyCase.IGNORED)));
    }

    public void untagRole(RoleRequests.UntagRole request) {
        String name = IamInputRules.roleName(request.roleName());
        IamInputRules.required("tagKeys", request.tagKeys());
        modify(name, r -> withTags(r, TagSet.remove(r.tags(), request.tagKeys(), TagKeyCase.IGNORED)));
    }

    public Page<Tag> listRoleTags(String roleName, ListOptions options) {
        String name = IamInputRules.roleName(roleName);
        List<Tag> tags = ctx.store().read(tx -> EntityLookup.role(tx, ctx.accountId(), name).tags());
        return TagSet.page(tags, options);
    }

    public void putRolePermissionsBoundary(RoleRequests.PutRolePermissionsBoundary request) {
        String name = IamInputRules.roleName(request.roleName());
        IamInputRules.required("permissionsBoundary", request.permissionsBoundary());
        ctx.store().write(tx -> {
            Role r = ServiceLinkedRoles.requireModifiable(EntityLookup.role(tx, ctx.accountId(), name));
            String arn = PolicyArns.requireAttachable(tx, ctx, request.permissionsBoundary(), "Scope ARN:");
            tx.roles().update(withBoundary(r, arn));
            return null;
        });
    }

    public void deleteRolePermissionsBoundary(String roleName) {
        String name = IamInputRules.roleName(roleName);
        modify(name, r -> withBoundary(ServiceLinkedRoles.requireModifiable(r), null));
    }

    /**
     * Rewrites a trust policy's user/role ARNs of this account to unique ids, as stored; raises
     * MalformedPolicyDocument "Invalid principal in policy" for a named user or role that does not exist.
     */
    public String trustPolicyForStorage(String document) {
        return ctx.store().read(tx -> principals.toStorage(document, directory(tx)));
    }

    /** Maps the unique ids in a stored trust policy back to current ARNs; ids of deleted entities stay raw. */
    public String trustPolicyForDisplay(String storedDocument) {
        return ctx.store().read(tx -> principals.toDisplay(storedDocument, directory(tx)));
    }

    /** The principal directory for this account inside a unit of work (also used by other services). */
    PrincipalDirectory directory(StoreTransaction tx) {
        return new StorePrincipalDirectory(ctx.accountId(), tx);
    }

    /** A stored role with its trust policy in display form (for services that return roles they read). */
    Role forDisplay(StoreTransaction tx, Role stored) {
        return stored.withAssumeRolePolicyDocument(principals.toDisplay(stored.assumeRolePolicyDocument(), directory(tx)));
    }

    private String checkedTrustPolicy(String field, String document) {
        IamInputRules.policyDocument(field, document);
        ctx.policyCheck().check(PolicyDocumentKind.TRUST, document);
        int size = PolicySize.countedChars(document);
        if (size > ctx.quotas().trustPolicyChars()) {
            throw IamException.limitExceeded("Cannot exceed quota for ACLSizePerRole: " + ctx.quotas().trustPolicyChars());
        }
        return document;
    }

    private void modify(String name, UnaryOperator<Role> change) {
        ctx.store().write(tx -> {
            tx.roles().update(change.apply(EntityLookup.role(tx, ctx.accountId(), name)));
            return null;
        });
    }

    private static Role withTags(Role r, List<Tag> tags) {
        return new Role(r.accountId(), r.roleId(), r.roleName(), r.path(), r.assumeRolePolicyDocument(), r.description(),
                r.maxSessionDuration(), r.permissionsBoundaryArn(), tags, r.createDate(), r.version());
    }

    private static Role withBoundary(Role r, String arn) {
        return new Role(r.accountId(), r.roleId(), r.roleName(), r.path(), r.assumeRolePolicyDocument(), r.description(),
                r.maxSessionDuration(), arn, r.tags(), r.createDate(), r.version());
    }
}
