package dev.warden.core.iam;

import dev.warden.core.error.IamException;
import dev.warden.core.id.IdPrefix;
import dev.warden.core.model.Group;
import dev.warden.core.model.ManagedPolicy;
import dev.warden.core.model.Page;
import dev.warden.core.model.PolicyOwner;
import dev.warden.core.model.PolicyVersion;
import dev.warden.core.model.Role;
import dev.warden.core.model.Tag;
import dev.warden.core.model.User;
import dev.warden.core.store.ListWindow;
import dev.warden.core.store.StoreTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Customer managed policies and their versions (iam-semantics §7.2). */
public final class ManagedPolicyService {
    private final IamContext ctx;

    public ManagedPolicyService(IamContext ctx) {
        this.ctx = ctx;
    }

    public ManagedPolicy createPolicy(PolicyRequests.CreatePolicy request) {
        String name = IamInputRules.policyName(request.policyName());
        String path = IamInputRules.policyPath(request.path());
        String document = checkedDocument(request.policyDocument());
        String description = IamInputRules.description(request.description());
        List<Tag> tags = IamInputRules.tags(request.tags());
        return ctx.store().write(tx -> {
            if (tx.policies().findByName(ctx.accountId(), name).isPresent()) {
                throw IamException.alreadyExists("A policy called " + name + " already exists. Duplicate names are not allowed.");
            }
            if (tx.policies().count(ctx.accountId()) >= ctx.quotas().customerManagedPolicies()) {
                throw IamException.limitExceeded(
                        "Cannot exceed quota for PoliciesPerAccount: " + ctx.quotas().customerManagedPolicies());
            }
            Instant now = ctx.now();
            ManagedPolicy policy = new ManagedPolicy(ctx.accountId(), ctx.ids().next(IdPrefix.MANAGED_POLICY), name, path,
                    description, "v1", 2, tags, now, now, 0, 0, 1);
            tx.policies().insert(policy);
            tx.policies().insertVersion(new PolicyVersion(policy.policyId(), "v1", document, true, now));
            return policy;
        });
    }

    public ManagedPolicy getPolicy(String policyArn) {
        String arn = IamInputRules.policyArn(policyArn);
        return ctx.store().read(tx -> EntityLookup.policy(tx, arn));
    }

    /** Lists this account's customer managed policies; Scope AWS yields nothing here (the catalog lists those). */
    public Page<ManagedPolicy> listPolicies(PolicyRequests.ListPolicies request) {
        ListWindow window = Pagination.window(request.page());
        if (request.scope() == PolicyRequests.Scope.AWS) {
            return new Page<>(List.of(), false, null);
        }
        return ctx.store().read(tx -> Pagination.page(tx.policies().list(ctx.accountId(), window, request.onlyAttached()),
                window, p -> p.policyName().toLowerCase(Locale.ROOT)));
    }

    public void deletePolicy(String policyArn) {
        String arn = IamInputRules.policyArn(policyArn);
        ctx.store().write(tx -> {
            ManagedPolicy policy = EntityLookup.policy(tx, arn);
            // AWS refuses a policy still used as a permissions boundary with the same text as an attached one.
            if (policy.attachmentCount() > 0 || policy.permissionsBoundaryUsageCount() > 0) {
                throw IamException.deleteConflict("Cannot delete a policy attached to entities.");
            }
            if (tx.policies().versions(policy.policyId()).size() > 1) {
                throw IamException.deleteConflict("This policy has more than one version. Before you delete a policy, "
                        + "you must delete the policy's versions. The default version is deleted with the policy.");
            }
            tx.policies().delete(policy.policyId());
            return null;
        });
    }

    /**
     * Adds version v(N+1). UpdateDate becomes its creation time whether or not it is made default: the
     * API reference defines UpdateDate as "when the most recent policy version was created".
     */
    public PolicyVersion createPolicyVersion(PolicyRequests.CreatePolicyVersion request) {
        String arn = IamInputRules.policyArn(request.policyArn());
        String document = checkedDocument(request.policyDocument());
        return ctx.store().write(tx -> {
            ManagedPolicy p = EntityLookup.policy(tx, arn);
            if (tx.policies().versions(p.policyId()).size() >= ctx.quotas().policyVersions()) {
                throw IamException.limitExceeded("A managed policy can have up to " + ctx.quotas().policyVersions()
                        + " versions. Before you create a new version, you must delete an existing version.");
            }
            Instant now = ctx.now();
            String versionId = "v" + p.nextVersionNumber();
            tx.policies().insertVersion(new PolicyVersion(p.policyId(), versionId, document, request.setAsDefault(), now));
            tx.policies().update(new ManagedPolicy(p.accountId(), p.policyId(), p.policyName(), p.path(), p.description(),
                    request.setAsDefault() ? versionId : p.defaultVersionId(), p.nextVersionNumber() + 1, p.tags(),
                    p.createDate(), now, p.attachmentCount(),
                    p.permissionsBoundaryUsageCount(), p.version()));
            return tx.policies().findVersion(p.policyId(), versionId).orElseThrow();
        });
    }

    public PolicyVersion getPolicyVersion(PolicyRequests.PolicyVersionRef ref) {
        String arn = IamInputRules.policyArn(ref.policyArn());
        String versionId = IamInputRules.versionId(ref.versionId());
        return ctx.store().read(tx -> version(tx, EntityLookup.policy(tx, arn), versionId));
    }

    /** Newest first, as the AWS CLI shows them. */
    public Page<PolicyVersion> listPolicyVersions(String policyArn, ListOptions options) {
        String arn = IamInputRules.policyArn(policyArn);
        List<PolicyVersion> versions = ctx.store().read(tx -> {
            List<PolicyVersion> all = new ArrayList<>(tx.policies().versions(EntityLookup.policy(tx, arn).policyId()));
            all.sort(Comparator.comparing(PolicyVersion::createDate).thenComparing(v -> versionNumber(v.versionId()))
                    .reversed());
            return all;
        });
        // Sort key for the marker: zero-padded descending rank keeps string order equal to list order.
        List<String> order = versions.stream().map(PolicyVersion::versionId).toList();
        return Pagination.pageInMemory(versions, new ListOptions(null, options.marker(), options.maxItems()),
                v -> String.format("%06d", order.indexOf(v.versionId())));
    }

    public void deletePolicyVersion(PolicyRequests.PolicyVersionRef ref) {
        String arn = IamInputRules.policyArn(ref.policyArn());
        String versionId = IamInputRules.versionId(ref.versionId());
        ctx.store().write(tx -> {
            ManagedPolicy p = EntityLookup.policy(tx, arn);
            version(tx, p, versionId);
            if (p.defaultVersionId().equals(versionId)) {
                throw IamException.deleteConflict("Cannot delete the default version of a policy.");
            }
            tx.policies().deleteVersion(p.policyId(), versionId);
            return null;
        });
    }

    public void setDefaultPolicyVersion(PolicyRequests.PolicyVersionRef ref) {
        String arn = IamInputRules.policyArn(ref.policyArn());
        String versionId = IamInputRules.versionId(ref.versionId());
        ctx.store().write(tx -> {
            ManagedPolicy p = EntityLookup.policy(tx, arn);
            version(tx, p, versionId);
            // UpdateDate stays: it is the newest version's creation, not the last change of default.
            tx.policies().update(new ManagedPolicy(p.accountId(), p.policyId(), p.policyName(), p.path(), p.description(),
                    versionId, p.nextVersionNumber(), p.tags(), p.createDate(), p.updateDate(), p.attachmentCount(),
                    p.permissionsBoundaryUsageCount(), p.version()));
            return null;
        });
    }

    public PolicyRequests.EntitiesForPolicy listEntitiesForPolicy(String policyArn) {
        String arn = IamInputRules.policyArn(policyArn);
        return ctx.store().read(tx -> {
            if (!PolicyArns.isAwsManaged(arn)) {
                EntityLookup.policy(tx, arn);
            }
            List<User> users = new ArrayList<>();
            List<Group> groups = new ArrayList<>();
            List<Role> roles = new ArrayList<>();
            for (PolicyOwner owner : tx.attachments().ownersOf(arn)) {
                switch (owner.kind()) {
                    case USER -> tx.users().findById(owner.ownerId()).ifPresent(users::add);
                    case GROUP -> tx.groups().findById(owner.ownerId()).ifPresent(groups::add);
                    case ROLE -> tx.roles().findById(owner.ownerId()).ifPresent(roles::add);
                }
            }
            users.sort(Comparator.comparing(u -> u.userName().toLowerCase(Locale.ROOT)));
            groups.sort(Comparator.comparing(g -> g.groupName().toLowerCase(Locale.ROOT)));
            roles.sort(Comparator.comparing(r -> r.roleName().toLowerCase(Locale.ROOT)));
            return new PolicyRequests.EntitiesForPolicy(users, groups, roles);
        });
    }

    public void tagPolicy(PolicyRequests.TagPolicy request) {
        String arn = IamInputRules.policyArn(request.policyArn());
        ctx.store().write(tx -> {
            ManagedPolicy p = EntityLookup.policy(tx, arn);
            tx.policies().update(withTags(p,
                    TagSet.merge(p.tags(), request.tags(), ctx.quotas().tagsPerResource(), TagKeyCase.SIGNIFICANT)));
            return null;
        });
    }

    public void untagPolicy(PolicyRequests.UntagPolicy request) {
        String arn = IamInputRules.policyArn(request.policyArn());
        IamInputRules.required("tagKeys", request.tagKeys());
        ctx.store().write(tx -> {
            ManagedPolicy p = EntityLookup.policy(tx, arn);
            tx.policies().update(withTags(p, TagSet.remove(p.tags(), request.tagKeys(), TagKeyCase.SIGNIFICANT)));
            return null;
        });
    }

    public Page<Tag> listPolicyTags(String policyArn, ListOptions options) {
        String arn = IamInputRules.policyArn(policyArn);
        List<Tag> tags = ctx.store().read(tx -> EntityLookup.policy(tx, arn).tags());
        return TagSet.page(tags, options);
    }

    /** For evaluation: the default version's document of a customer managed policy, if it exists. */
    public Optional<String> defaultDocument(String policyArn) {
        return ctx.store().read(tx -> tx.policies().findByArn(policyArn)
                .flatMap(p -> tx.policies().findVersion(p.policyId(), p.defaultVersionId()))
                .map(PolicyVersion::document));
    }

    private String checkedDocument(String document) {
        IamInputRules.policyDocument("policyDocument", document);
        ctx.policyCheck().check(PolicyDocumentKind.IDENTITY, document);
        if (PolicySize.countedChars(document) > ctx.quotas().managedPolicyChars()) {
            throw IamException.limitExceeded("Cannot exceed quota for PolicySize: " + ctx.quotas().managedPolicyChars());
        }
        return document;
    }

    private static PolicyVersion version(StoreTransaction tx, ManagedPolicy p, String versionId) {
        return tx.policies().findVersion(p.policyId(), versionId).orElseThrow(() -> IamException.noSuchEntity(
                "Policy " + p.arn() + " version " + versionId + " does not exist or is not attachable."));
    }

    private static int versionNumber(String versionId) {
        String digits = versionId.substring(1).split("\\.")[0];
        return Integer.parseInt(digits);
    }

    private static ManagedPolicy withTags(ManagedPolicy p, List<Tag> tags) {
        return new ManagedPolicy(p.accountId(), p.policyId(), p.policyName(), p.path(), p.description(),
                p.defaultVersionId(), p.nextVersionNumber(), tags, p.createDate(), p.updateDate(), p.attachmentCount(),
                p.permissionsBoundaryUsageCount(), p.version());
    }
}
