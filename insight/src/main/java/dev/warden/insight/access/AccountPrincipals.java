package dev.warden.insight.access;

import dev.warden.core.iam.AccountPolicies;
import dev.warden.core.iam.Iam;
import dev.warden.core.iam.ListOptions;
import dev.warden.core.model.Page;
import dev.warden.core.model.Role;
import dev.warden.core.model.User;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.eval.Caller;
import dev.warden.policy.eval.CallerType;
import dev.warden.policy.eval.CompiledPolicy;
import dev.warden.policy.eval.PolicyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The users and roles of the stored account, each loaded with the shared loader. */
public final class AccountPrincipals {

    /** The session name a role acts under in analyses; it only shows in explanations. */
    static final String ANALYSIS_SESSION = "warden-analysis";

    private final Iam iam;
    private final AccountPolicyLoader loader;
    private final StoredPolicyCompiler documents;

    public AccountPrincipals(Iam iam, StoredPolicyCompiler documents) {
        this.iam = iam;
        this.documents = documents;
        this.loader = new AccountPolicyLoader(iam, documents);
    }

    public List<User> users() {
        return all(marker -> iam.users().listUsers(new ListOptions(null, marker, 1000)));
    }

    public List<Role> roles() {
        return all(marker -> iam.roles().listRoles(new ListOptions(null, marker, 1000)));
    }

    /**
     * Every user, then every role, read with the whole account in one snapshot (a fixed number of
     * queries) and compiled on both cores, each distinct document once.
     */
    public List<AccountPrincipal> all() {
        AccountPolicies account = iam.principalPolicies().forAccount();
        StoredPolicyCompiler once = new OncePerAnalysis(documents);
        AccountPolicyLoader bulk = new AccountPolicyLoader(iam, once);
        List<AccountPrincipal> out = new ArrayList<>(account.users().parallelStream()
                .map(u -> user(u.user(), bulk.user(u.user(), u.policies()))).toList());
        out.addAll(account.roles().parallelStream()
                .map(r -> role(r.role(), bulk.role(r.role(), r.policies()), once)).toList());
        return out;
    }

    /** The user or role an ARN names ({@code …:user/…}, {@code …:role/…} or an assumed-role session's role). */
    public Optional<AccountPrincipal> find(String arn) {
        Optional<Role> role = iam.roles().findRoleByArn(arn);
        if (role.isPresent()) {
            return role.map(this::role);
        }
        if (arn.contains(":assumed-role/")) {
            String[] parts = arn.split("/");
            String account = arn.split(":")[4];
            return roles().stream().filter(r -> r.roleName().equals(parts[1]) && r.accountId().equals(account))
                    .findFirst().map(this::role);
        }
        return users().stream().filter(u -> u.arn().equals(arn)).findFirst().map(this::user);
    }

    public AccountPrincipal user(User user) {
        return user(user, loader.load(caller(user), Optional.empty()));
    }

    private static AccountPrincipal user(User user, PrincipalPolicySet policies) {
        Caller caller = caller(user);
        return new AccountPrincipal(AccountPrincipal.Kind.USER, user.arn(), caller, policies,
                PrincipalKeys.of(caller, policies.principalTags()), Optional.empty());
    }

    public AccountPrincipal role(Role role) {
        return role(role, loader.load(caller(role), Optional.empty()), documents);
    }

    private static AccountPrincipal role(Role role, PrincipalPolicySet policies, StoredPolicyCompiler compiler) {
        Caller caller = caller(role);
        return new AccountPrincipal(AccountPrincipal.Kind.ROLE, role.arn(), caller, policies,
                PrincipalKeys.of(caller, policies.principalTags()), Optional.of(trustPolicy(role, compiler)));
    }

    private static Caller caller(User user) {
        return new Caller(CallerType.USER, Optional.of(user.accountId()), user.arn(), Optional.empty(),
                Optional.of(user.userId()), Optional.empty());
    }

    private static Caller caller(Role role) {
        String session = "arn:aws:sts::" + role.accountId() + ":assumed-role/" + role.roleName() + "/" + ANALYSIS_SESSION;
        return new Caller(CallerType.ROLE_SESSION, Optional.of(role.accountId()), session,
                Optional.of(role.arn()), Optional.of(role.roleId()), Optional.empty());
    }

    /** A role's trust policy, compiled as the server compiles it for AssumeRole. */
    public CompiledPolicy trustPolicy(Role role) {
        return trustPolicy(role, documents);
    }

    private static CompiledPolicy trustPolicy(Role role, StoredPolicyCompiler documents) {
        return documents.compileStored(role.assumeRolePolicyDocument(), PolicyKind.TRUST, role.arn(), PolicyType.RESOURCE);
    }

    private static <T> List<T> all(Function<String, Page<T>> page) {
        List<T> out = new ArrayList<>();
        String marker = null;
        do {
            Page<T> next = page.apply(marker);
            out.addAll(next.items());
            marker = next.truncated() ? next.marker() : null;
        } while (marker != null);
        return out;
    }
}
