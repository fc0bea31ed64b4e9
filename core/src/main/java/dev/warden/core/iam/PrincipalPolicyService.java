package dev.warden.core.iam;

import dev.warden.core.model.Group;
import dev.warden.core.model.InlinePolicy;
import dev.warden.core.model.PolicyOwner;
import dev.warden.core.model.PolicyOwnerKind;
import dev.warden.core.model.PolicyVersion;
import dev.warden.core.model.Role;
import dev.warden.core.model.User;
import dev.warden.core.store.ListWindow;
import dev.warden.core.store.StoreTransaction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * Every user and role of the account with its policies, in one snapshot and a fixed number of
     * queries (principals, then each relation of each owner kind for the whole account), for analyses
     * that ask about all principals at once. Each principal's policies equal what {@link #forUser}
     * and {@link #forRole} return for it.
     */
    public AccountPolicies forAccount() {
        return ctx.store().read(tx -> new AccountReader(tx, ctx.accountId()).read());
    }

    /** The whole-account read: every relation loaded once, then assembled per principal in memory. */
    private static final class AccountReader {
        private static final ListWindow EVERY_ROW = new ListWindow(null, null, Integer.MAX_VALUE);

        private final StoreTransaction tx;
        private final String account;
        private final Map<String, String> customerDocuments;
        private final Map<String, PrincipalPolicies.GroupPolicies> groupPolicies = new HashMap<>();
        private Map<String, List<InlinePolicy>> groupInline;
        private Map<String, List<String>> groupAttached;

        AccountReader(StoreTransaction tx, String account) {
            this.tx = tx;
            this.account = account;
            this.customerDocuments = tx.policies().defaultDocumentsInAccount(account);
        }

        AccountPolicies read() {
            List<User> users = tx.users().list(account, EVERY_ROW);
            List<Role> roles = tx.roles().list(account, EVERY_ROW);
            Map<String, List<InlinePolicy>> userInline = tx.inlinePolicies().listInAccount(PolicyOwnerKind.USER, account);
            Map<String, List<String>> userAttached = tx.attachments().attachedInAccount(PolicyOwnerKind.USER, account);
            Map<String, List<Group>> memberships = tx.groups().groupsOfUsersInAccount(account);
            groupInline = memberships.isEmpty() ? Map.of() : tx.inlinePolicies().listInAccount(PolicyOwnerKind.GROUP, account);
            groupAttached = memberships.isEmpty() ? Map.of() : tx.attachments().attachedInAccount(PolicyOwnerKind.GROUP, account);
            Map<String, List<InlinePolicy>> roleInline = tx.inlinePolicies().listInAccount(PolicyOwnerKind.ROLE, account);
            Map<String, List<String>> roleAttached = tx.attachments().attachedInAccount(PolicyOwnerKind.ROLE, account);
            TrustPolicyPrincipals trust = new TrustPolicyPrincipals(account);
            PrincipalDirectory directory = new LoadedPrincipalDirectory(users, roles);

            List<AccountPolicies.UserPolicies> userPolicies = users.stream().map(u -> new AccountPolicies.UserPolicies(u,
                    new PrincipalPolicies(u.arn(), userInline.getOrDefault(u.userId(), List.of()),
                            documents(userAttached.getOrDefault(u.userId(), List.of())),
                            memberships.getOrDefault(u.userId(), List.of()).stream().map(this::group).toList(),
                            boundaryOf(u.permissionsBoundaryArn())))).toList();
            List<AccountPolicies.RolePolicies> rolePolicies = roles.stream().map(r -> new AccountPolicies.RolePolicies(
                    r.withAssumeRolePolicyDocument(trust.toDisplay(r.assumeRolePolicyDocument(), directory)),
                    new PrincipalPolicies(r.arn(), roleInline.getOrDefault(r.roleId(), List.of()),
                            documents(roleAttached.getOrDefault(r.roleId(), List.of())), List.of(),
                            boundaryOf(r.permissionsBoundaryArn())))).toList();
            return new AccountPolicies(userPolicies, rolePolicies);
        }

        private PrincipalPolicies.GroupPolicies group(Group g) {
            return groupPolicies.computeIfAbsent(g.groupId(), id -> new PrincipalPolicies.GroupPolicies(g.arn(),
                    groupInline.getOrDefault(id, List.of()), documents(groupAttached.getOrDefault(id, List.of()))));
        }

        private List<PrincipalPolicies.ManagedPolicyDocument> documents(List<String> arns) {
            return arns.stream().map(this::document).toList();
        }

        private PrincipalPolicies.ManagedPolicyDocument boundaryOf(String arn) {
            return arn == null ? null : document(arn);
        }

        private PrincipalPolicies.ManagedPolicyDocument document(String arn) {
            return new PrincipalPolicies.ManagedPolicyDocument(arn,
                    PolicyArns.isAwsManaged(arn) ? null : customerDocuments.get(arn));
        }
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
