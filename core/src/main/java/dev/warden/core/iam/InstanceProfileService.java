package dev.warden.core.iam;

import dev.warden.core.error.IamException;
import dev.warden.core.id.IdPrefix;
import dev.warden.core.model.InstanceProfile;
import dev.warden.core.model.Page;
import dev.warden.core.model.Role;
import dev.warden.core.model.Tag;
import dev.warden.core.store.ListWindow;
import dev.warden.core.store.StoreTransaction;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Instance profiles (iam-semantics §7.1, §7.3): names unique per account ignoring case, at most one
 * role each, no deletion while a role is in it. A service-linked role cannot be added or removed
 * (UnmodifiableEntity is among both calls' errors in the IAM API reference). Roles in returned profiles carry their trust policy
 * in display form, as GetRole shows it.
 */
public final class InstanceProfileService {
    private final IamContext ctx;
    private final RoleService roles;

    public InstanceProfileService(IamContext ctx, RoleService roles) {
        this.ctx = ctx;
        this.roles = roles;
    }

    public InstanceProfile createInstanceProfile(InstanceProfileRequests.CreateInstanceProfile request) {
        String name = IamInputRules.instanceProfileName(request.instanceProfileName());
        String path = IamInputRules.path(request.path());
        List<Tag> tags = IamInputRules.tags(request.tags());
        return ctx.store().write(tx -> {
            if (tx.instanceProfiles().findByName(ctx.accountId(), name).isPresent()) {
                throw IamException.alreadyExists("Instance Profile " + name + " already exists.");
            }
            if (tx.instanceProfiles().count(ctx.accountId()) >= ctx.quotas().instanceProfiles()) {
                throw IamException.limitExceeded(
                        "Cannot exceed quota for InstanceProfilesPerAccount: " + ctx.quotas().instanceProfiles());
            }
            InstanceProfile profile = new InstanceProfile(ctx.accountId(), ctx.ids().next(IdPrefix.INSTANCE_PROFILE),
                    name, path, ctx.now(), tags, List.of(), 1);
            tx.instanceProfiles().insert(profile);
            return profile;
        });
    }

    public InstanceProfile getInstanceProfile(String instanceProfileName) {
        String name = IamInputRules.instanceProfileName(instanceProfileName);
        return ctx.store().read(tx -> forDisplay(tx, EntityLookup.instanceProfile(tx, ctx.accountId(), name)));
    }

    public Page<InstanceProfile> listInstanceProfiles(ListOptions options) {
        ListWindow window = Pagination.window(options);
        return ctx.store().read(tx -> {
            List<InstanceProfile> rows = tx.instanceProfiles().list(ctx.accountId(), window).stream()
                    .map(p -> forDisplay(tx, p)).toList();
            return Pagination.page(rows, window, p -> p.instanceProfileName().toLowerCase(Locale.ROOT));
        });
    }

    public Page<InstanceProfile> listInstanceProfilesForRole(String roleName, ListOptions options) {
        String name = IamInputRules.roleName(roleName);
        List<InstanceProfile> profiles = ctx.store().read(tx -> tx.instanceProfiles()
                .forRole(EntityLookup.role(tx, ctx.accountId(), name).roleId()).stream()
                .map(p -> forDisplay(tx, p)).toList());
        return Pagination.pageInMemory(profiles, new ListOptions(null, options.marker(), options.maxItems()),
                p -> p.instanceProfileName().toLowerCase(Locale.ROOT));
    }

    public void deleteInstanceProfile(String instanceProfileName) {
        String name = IamInputRules.instanceProfileName(instanceProfileName);
        ctx.store().write(tx -> {
            InstanceProfile profile = EntityLookup.instanceProfile(tx, ctx.accountId(), name);
            if (!profile.roles().isEmpty()) {
                throw IamException.deleteConflict("Cannot delete entity, must remove roles from instance profile first.");
            }
            tx.instanceProfiles().delete(profile.instanceProfileId());
            return null;
        });
    }

    public void addRoleToInstanceProfile(InstanceProfileRequests.RoleMembership request) {
        String profileName = IamInputRules.instanceProfileName(request.instanceProfileName());
        String roleName = IamInputRules.roleName(request.roleName());
        ctx.store().write(tx -> {
            InstanceProfile profile = EntityLookup.instanceProfile(tx, ctx.accountId(), profileName);
            Role role = ServiceLinkedRoles.requireModifiable(EntityLookup.role(tx, ctx.accountId(), roleName));
            if (profile.roles().size() >= IamQuotas.ROLES_PER_INSTANCE_PROFILE) {
                throw IamException.limitExceeded("Cannot exceed quota for InstanceSessionsPerInstanceProfile: "
                        + IamQuotas.ROLES_PER_INSTANCE_PROFILE);
            }
            tx.instanceProfiles().addRole(profile.instanceProfileId(), role.roleId(), ctx.now());
            return null;
        });
    }

    public void removeRoleFromInstanceProfile(InstanceProfileRequests.RoleMembership request) {
        String profileName = IamInputRules.instanceProfileName(request.instanceProfileName());
        String roleName = IamInputRules.roleName(request.roleName());
        ctx.store().write(tx -> {
            InstanceProfile profile = EntityLookup.instanceProfile(tx, ctx.accountId(), profileName);
            Role role = ServiceLinkedRoles.requireModifiable(EntityLookup.role(tx, ctx.accountId(), roleName));
            if (!tx.instanceProfiles().removeRole(profile.instanceProfileId(), role.roleId())) {
                throw IamException.noSuchEntity("Role " + role.roleName() + " in Instance Profile "
                        + profile.instanceProfileName() + " cannot be found.");
            }
            return null;
        });
    }

    public void tagInstanceProfile(InstanceProfileRequests.TagInstanceProfile request) {
        String name = IamInputRules.instanceProfileName(request.instanceProfileName());
        modify(name, p -> p.withTags(
                TagSet.merge(p.tags(), request.tags(), ctx.quotas().tagsPerResource(), TagKeyCase.SIGNIFICANT)));
    }

    public void untagInstanceProfile(InstanceProfileRequests.UntagInstanceProfile request) {
        String name = IamInputRules.instanceProfileName(request.instanceProfileName());
        IamInputRules.required("tagKeys", request.tagKeys());
        modify(name, p -> p.withTags(TagSet.remove(p.tags(), request.tagKeys(), TagKeyCase.SIGNIFICANT)));
    }

    public Page<Tag> listInstanceProfileTags(String instanceProfileName, ListOptions options) {
        String name = IamInputRules.instanceProfileName(instanceProfileName);
        List<Tag> tags = ctx.store().read(tx -> EntityLookup.instanceProfile(tx, ctx.accountId(), name).tags());
        return TagSet.page(tags, options);
    }

    /** A stored profile with its roles' trust policies in display form. */
    InstanceProfile forDisplay(StoreTransaction tx, InstanceProfile stored) {
        return stored.withRoles(stored.roles().stream().map(r -> roles.forDisplay(tx, r)).toList());
    }

    private void modify(String name, UnaryOperator<InstanceProfile> change) {
        ctx.store().write(tx -> {
            tx.instanceProfiles().update(change.apply(EntityLookup.instanceProfile(tx, ctx.accountId(), name)));
            return null;
        });
    }
}
