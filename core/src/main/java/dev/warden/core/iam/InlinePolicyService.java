package dev.warden.core.iam;

import dev.warden.core.error.IamException;
import dev.warden.core.model.InlinePolicy;
import dev.warden.core.model.Page;
import dev.warden.core.model.PolicyOwner;
import dev.warden.core.model.PolicyOwnerKind;
import dev.warden.core.store.StoreTransaction;
import java.util.List;
import java.util.Locale;

/**
 * Inline policies of users, roles and groups. Size quotas apply to the sum of an entity's inline
 * policies, whitespace not counted (2,048 user / 10,240 role / 5,120 group by default).
 */
public final class InlinePolicyService {
    private final IamContext ctx;

    public InlinePolicyService(IamContext ctx) {
        this.ctx = ctx;
    }

    public void putUserPolicy(InlinePolicyRequests.PutPolicy request) {
        put(PolicyOwnerKind.USER, request);
    }

    public InlinePolicy getUserPolicy(InlinePolicyRequests.PolicyRef ref) {
        return get(PolicyOwnerKind.USER, ref);
    }

    public Page<String> listUserPolicies(String userName, ListOptions options) {
        return list(PolicyOwnerKind.USER, userName, options);
    }

    public void deleteUserPolicy(InlinePolicyRequests.PolicyRef ref) {
        delete(PolicyOwnerKind.USER, ref);
    }

    public void putRolePolicy(InlinePolicyRequests.PutPolicy request) {
        put(PolicyOwnerKind.ROLE, request);
    }

    public InlinePolicy getRolePolicy(InlinePolicyRequests.PolicyRef ref) {
        return get(PolicyOwnerKind.ROLE, ref);
    }

    public Page<String> listRolePolicies(String roleName, ListOptions options) {
        return list(PolicyOwnerKind.ROLE, roleName, options);
    }

    public void deleteRolePolicy(InlinePolicyRequests.PolicyRef ref) {
        delete(PolicyOwnerKind.ROLE, ref);
    }

    public void putGroupPolicy(InlinePolicyRequests.PutPolicy request) {
        put(PolicyOwnerKind.GROUP, request);
    }

    public InlinePolicy getGroupPolicy(InlinePolicyRequests.PolicyRef ref) {
        return get(PolicyOwnerKind.GROUP, ref);
    }

    public Page<String> listGroupPolicies(String groupName, ListOptions options) {
        return list(PolicyOwnerKind.GROUP, groupName, options);
    }

    public void deleteGroupPolicy(InlinePolicyRequests.PolicyRef ref) {
        delete(PolicyOwnerKind.GROUP, ref);
    }

    /** For evaluation: all inline documents of an entity, by kind and name. */
    public List<InlinePolicy> inlinePoliciesOf(PolicyOwnerKind kind, String entityName) {
        return ctx.store().read(tx -> tx.inlinePolicies().list(OwnerNames.resolve(tx, ctx.accountId(), kind, entityName)));
    }

    private void put(PolicyOwnerKind kind, InlinePolicyRequests.PutPolicy request) {
        String entity = OwnerNames.checkedName(kind, request.entityName());
        String policyName = IamInputRules.policyName(request.policyName());
        String document = IamInputRules.policyDocument("policyDocument", request.policyDocument());
        ctx.policyCheck().check(PolicyDocumentKind.IDENTITY, document);
        ctx.store().write(tx -> {
            PolicyOwner owner = OwnerNames.resolveForChange(tx, ctx.accountId(), kind, entity);
            int others = tx.inlinePolicies().list(owner).stream()
                    .filter(p -> !p.policyName().equalsIgnoreCase(policyName))
                    .mapToInt(p -> PolicySize.countedChars(p.document())).sum();
            int quota = quota(kind);
            if (others + PolicySize.countedChars(document) > quota) {
                throw IamException.limitExceeded("Maximum policy size of " + quota + " bytes exceeded for "
                        + kind.storedName() + " " + entity);
            }
            tx.inlinePolicies().put(new InlinePolicy(owner, policyName, document));
            return null;
        });
    }

    private InlinePolicy get(PolicyOwnerKind kind, InlinePolicyRequests.PolicyRef ref) {
        String entity = OwnerNames.checkedName(kind, ref.entityName());
        String policyName = IamInputRules.policyName(ref.policyName());
        return ctx.store().read(tx -> find(tx, kind, entity, policyName));
    }

    private Page<String> list(PolicyOwnerKind kind, String entityName, ListOptions options) {
        String entity = OwnerNames.checkedName(kind, entityName);
        List<String> names = ctx.store().read(tx -> tx.inlinePolicies()
                .list(OwnerNames.resolve(tx, ctx.accountId(), kind, entity)).stream()
                .map(InlinePolicy::policyName).toList());
        return Pagination.pageInMemory(names, new ListOptions(null, options.marker(), options.maxItems()),
                n -> n.toLowerCase(Locale.ROOT));
    }

    private void delete(PolicyOwnerKind kind, InlinePolicyRequests.PolicyRef ref) {
        String entity = OwnerNames.checkedName(kind, ref.entityName());
        String policyName = IamInputRules.policyName(ref.policyName());
        ctx.store().write(tx -> {
            OwnerNames.resolveForChange(tx, ctx.accountId(), kind, entity);
            InlinePolicy existing = find(tx, kind, entity, policyName);
            tx.inlinePolicies().delete(existing.owner(), policyName);
            return null;
        });
    }

    private InlinePolicy find(StoreTransaction tx, PolicyOwnerKind kind, String entity, String policyName) {
        PolicyOwner owner = OwnerNames.resolve(tx, ctx.accountId(), kind, entity);
        return tx.inlinePolicies().find(owner, policyName).orElseThrow(() -> IamException.noSuchEntity(
                "The " + kind.storedName() + " policy with name " + policyName + " cannot be found."));
    }

    private int quota(PolicyOwnerKind kind) {
        return switch (kind) {
            case USER -> ctx.quotas().userInlinePolicyChars();
            case ROLE -> ctx.quotas().roleInlinePolicyChars();
            case GROUP -> ctx.quotas().groupInlinePolicyChars();
        };
    }
}
