package dev.warden.core.iam;

import dev.warden.core.model.Role;
import dev.warden.core.model.User;
import java.util.List;

/**
 * Every user and role of the account with the identity-based policies that apply to it, read in
 * one consistent snapshot with a fixed number of queries (see {@link PrincipalPolicyService#forAccount}).
 * Users and roles are in name order; roles carry their trust policy in display form, as GetRole
 * returns it. Users of one group share that group's {@link PrincipalPolicies.GroupPolicies} instance.
 */
public record AccountPolicies(List<UserPolicies> users, List<RolePolicies> roles) {

    public AccountPolicies {
        users = List.copyOf(users);
        roles = List.copyOf(roles);
    }

    public record UserPolicies(User user, PrincipalPolicies policies) {
    }

    public record RolePolicies(Role role, PrincipalPolicies policies) {
    }
}
