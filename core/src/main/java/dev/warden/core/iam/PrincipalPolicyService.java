package dev.warden.core.iam;

import dev.warden.core.model.Group;
import dev.warden.core.model.PolicyOwner;
import dev.warden.core.model.PolicyVersion;
import dev.warden.core.model.Role;
import dev.warden.core.model.User;
import dev.warden.core.store.StoreTransaction;
import java.util.List;

/** Gathers the identity-based policies of a principal in one consistent read (see {@link PrincipalPolicies}). */
public final class PrincipalPolicyService {
    private final IamContext ctx;

    public PrincipalPolicyService(IamContext ctx) {
        this.ctx = ctx;
    }

    public PrincipalPolicies forUser(String userName) {
        return ctx.store().read(tx -> {
            User user = EntityLookup.user(tx, ctx.accountId(), userName);
            PolicyOwner owner = PolicyOwner.user(user.userId());
            List<PrincipalPolicies.GroupPolicies> groups = tx.groups().groupsOf(user.userId()).stream()
                    .map(g -> groupPolicies(tx, g)).toList();
            return new PrincipalPolicies(user.arn(), tx.inlinePolicies().list(owner), managed(tx, owner), groups,
                    boundary(tx, user.permissionsBoundaryArn()));
        });
    }

    public PrincipalPolicies forRole(String roleName) {
        return ctx.store().read(tx -> {
            Role role = EntityLookup.role(tx, ctx.accountId(), roleName);
            PolicyOwner owner = PolicyOwner.role(role.roleId());
            return new PrincipalPolicies(role.arn(), tx.inlinePolicies().list(owner), managed(tx, owner), List.of(),
                    boundary(tx, role.permissionsBoundaryArn()));
        });
    }

    private PrincipalPolicies.GroupPolicies groupPolicies(StoreTransaction tx, Group g) {
        PolicyOwner owner = PolicyOwner.group(g.groupId());
        return new PrincipalPolicies.GroupPolicies(g.arn(), tx.inlinePolicies().list(owner), managed(tx, owner));
    }

    private List<PrincipalPolicies.ManagedPolicyDocument> managed(StoreTransaction tx, PolicyOwner owner) {
        return tx.attachments().attachedTo(owner).stream().map(arn -> document(tx, arn)).toList();
    }

    private PrincipalPolicies.ManagedPolicyDocument boundary(StoreTransaction tx, String arn) {
        return arn == null ? null : document(tx, arn);
    }

    private static PrincipalPolicies.ManagedPolicyDocument document(StoreTransaction tx, String arn) {
        if (PolicyArns.isAwsManaged(arn)) {
            return new PrincipalPolicies.ManagedPolicyDocument(arn, null);
        }
        String doc = tx.policies().findByArn(arn)
                .flatMap(p -> tx.policies().findVersion(p.policyId(), p.defaultVersionId()))
                .map(PolicyVersion::document).orElse(null);
        return new PrincipalPolicies.ManagedPolicyDocument(arn, doc);
    }
}
