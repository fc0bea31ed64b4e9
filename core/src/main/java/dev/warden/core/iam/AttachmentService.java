package dev.warden.core.iam;

import dev.warden.core.error.IamException;
import dev.warden.core.model.AttachedPolicy;
import dev.warden.core.model.Page;
import dev.warden.core.model.PolicyOwner;
import dev.warden.core.model.PolicyOwnerKind;
import java.util.List;

/**
 * Managed policy attachments. Customer and AWS managed policies are attached by ARN; attaching twice
 * is a success that changes nothing, as in AWS.
 */
public final class AttachmentService {
    private final IamContext ctx;

    public AttachmentService(IamContext ctx) {
        this.ctx = ctx;
    }

    public void attachUserPolicy(AttachmentRequests.AttachPolicy request) {
        attach(PolicyOwnerKind.USER, request);
    }

    public void detachUserPolicy(AttachmentRequests.AttachPolicy request) {
        detach(PolicyOwnerKind.USER, request);
    }

    public Page<AttachedPolicy> listAttachedUserPolicies(String userName, ListOptions options) {
        return list(PolicyOwnerKind.USER, userName, options);
    }

    public void attachRolePolicy(AttachmentRequests.AttachPolicy request) {
        attach(PolicyOwnerKind.ROLE, request);
    }

    public void detachRolePolicy(AttachmentRequests.AttachPolicy request) {
        detach(PolicyOwnerKind.ROLE, request);
    }

    public Page<AttachedPolicy> listAttachedRolePolicies(String roleName, ListOptions options) {
        return list(PolicyOwnerKind.ROLE, roleName, options);
    }

    public void attachGroupPolicy(AttachmentRequests.AttachPolicy request) {
        attach(PolicyOwnerKind.GROUP, request);
    }

    public void detachGroupPolicy(AttachmentRequests.AttachPolicy request) {
        detach(PolicyOwnerKind.GROUP, request);
    }

    public Page<AttachedPolicy> listAttachedGroupPolicies(String groupName, ListOptions options) {
        return list(PolicyOwnerKind.GROUP, groupName, options);
    }

    /** For evaluation: the managed policy ARNs attached to an entity, oldest attachment first. */
    public List<String> attachedPolicyArns(PolicyOwnerKind kind, String entityName) {
        return ctx.store().read(tx -> tx.attachments().attachedTo(OwnerNames.resolve(tx, ctx.accountId(), kind, entityName)));
    }

    private void attach(PolicyOwnerKind kind, AttachmentRequests.AttachPolicy request) {
        String entity = OwnerNames.checkedName(kind, request.entityName());
        IamInputRules.policyArn(request.policyArn());
        ctx.store().write(tx -> {
            PolicyOwner owner = OwnerNames.resolveForChange(tx, ctx.accountId(), kind, entity);
            String arn = PolicyArns.requireAttachable(tx, ctx, request.policyArn(), "Policy");
            List<String> attached = tx.attachments().attachedTo(owner);
            if (attached.contains(arn)) {
                return null;
            }
            int quota = quota(kind);
            if (attached.size() >= quota) {
                throw IamException.limitExceeded("Cannot exceed quota for PoliciesPer" + quotaName(kind) + ": " + quota);
            }
            tx.attachments().attach(owner, arn, ctx.now());
            return null;
        });
    }

    private void detach(PolicyOwnerKind kind, AttachmentRequests.AttachPolicy request) {
        String entity = OwnerNames.checkedName(kind, request.entityName());
        String arn = IamInputRules.policyArn(request.policyArn());
        ctx.store().write(tx -> {
            PolicyOwner owner = OwnerNames.resolveForChange(tx, ctx.accountId(), kind, entity);
            if (!tx.attachments().detach(owner, arn)) {
                throw IamException.noSuchEntity("Policy " + arn + " was not found.");
            }
            return null;
        });
    }

    private Page<AttachedPolicy> list(PolicyOwnerKind kind, String entityName, ListOptions options) {
        String entity = OwnerNames.checkedName(kind, entityName);
        String prefix = IamInputRules.pathPrefix(options.pathPrefix());
        List<AttachedPolicy> attached = ctx.store().read(tx -> tx.attachments()
                .attachedTo(OwnerNames.resolve(tx, ctx.accountId(), kind, entity))).stream()
                .filter(arn -> prefix == null || policyPath(arn).startsWith(prefix))
                .map(AttachedPolicy::ofArn)
                .sorted(java.util.Comparator.comparing(AttachedPolicy::policyArn))
                .toList();
        return Pagination.pageInMemory(attached, new ListOptions(null, options.marker(), options.maxItems()),
                AttachedPolicy::policyArn);
    }

    /** The path inside a policy ARN: {@code arn:aws:iam::aws:policy/service-role/X} has path {@code /service-role/}. */
    static String policyPath(String arn) {
        int start = arn.indexOf(":policy/") + ":policy".length();
        int end = arn.lastIndexOf('/');
        return start > end ? "/" : arn.substring(start, end + 1);
    }

    private int quota(PolicyOwnerKind kind) {
        return switch (kind) {
            case USER -> ctx.quotas().managedPoliciesPerUser();
            case ROLE -> ctx.quotas().managedPoliciesPerRole();
            case GROUP -> ctx.quotas().managedPoliciesPerGroup();
        };
    }

    private static String quotaName(PolicyOwnerKind kind) {
        return switch (kind) {
            case USER -> "User";
            case ROLE -> "Role";
            case GROUP -> "Group";
        };
    }
}
