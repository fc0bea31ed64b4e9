package dev.warden.server.authz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.iam.PasswordPolicyRequests;
import dev.warden.policy.eval.Caller;
import dev.warden.server.principal.WardenPrincipal;
import dev.warden.server.testing.CoreTestHome;
import dev.warden.server.testing.MutableClock;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfServicePasswordGrantTest {
    static final String ACCOUNT = CoreTestHome.ACCOUNT;
    static final WardenPrincipal ALICE = new WardenPrincipal(
            Caller.user(ACCOUNT, "arn:aws:iam::" + ACCOUNT + ":user/alice"), "AKIAAAAAAAAAAAAAAAAA", Optional.of("alice"),
            Optional.empty());
    static final WardenPrincipal ROOT = new WardenPrincipal(Caller.root(ACCOUNT), "AKIAAAAAAAAAAAAAAAAB",
            Optional.empty(), Optional.empty());
    static final WardenPrincipal ROLE = new WardenPrincipal(Caller.roleSession(ACCOUNT,
            "arn:aws:sts::" + ACCOUNT + ":assumed-role/r/s", "arn:aws:iam::" + ACCOUNT + ":role/r"),
            "ASIAAAAAAAAAAAAAAAAA", Optional.empty(), Optional.empty());

    /** @param policy null: no password policy; else its AllowUsersToChangePassword */
    record Case(Boolean policy, String action, WardenPrincipal principal, boolean granted) {
    }

    @Test
    void grantsOnlyUsersTheirOwnPasswordActionsWhenThePolicySaysSo(@TempDir Path folder) {
        try (CoreTestHome core = new CoreTestHome(folder, new MutableClock())) {
            SelfServicePasswordGrant grant = new SelfServicePasswordGrant(core.iam().passwordPolicy());
            for (Case c : List.of(
                    new Case(null, "ChangePassword", ALICE, false),
                    new Case(false, "ChangePassword", ALICE, false),
                    new Case(true, "ChangePassword", ALICE, true),
                    new Case(true, "GetAccountPasswordPolicy", ALICE, true),
                    new Case(true, "UpdateAccountPasswordPolicy", ALICE, false),
                    new Case(true, "UpdateLoginProfile", ALICE, false),
                    new Case(true, "ChangePassword", ROOT, false),
                    new Case(true, "ChangePassword", ROLE, false))) {
                if (c.policy() == null) {
                    core.iam().context().store().write(tx -> tx.passwordPolicies().delete(ACCOUNT));
                } else {
                    core.iam().passwordPolicy().updateAccountPasswordPolicy(new PasswordPolicyRequests(null, null,
                            null, null, null, c.policy(), null, null, null));
                }
                assertThat(grant.grants(c.action(), c.principal())).as(c.toString()).isEqualTo(c.granted());
            }
        }
    }
}
