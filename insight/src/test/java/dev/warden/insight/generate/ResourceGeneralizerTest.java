package dev.warden.insight.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.insight.access.AccessEvaluator;
import dev.warden.insight.access.AccountPrincipal;
import dev.warden.insight.access.PrincipalKeys;
import dev.warden.insight.access.PrincipalPolicySet;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.eval.Caller;
import dev.warden.policy.eval.PolicyCompiler;
import dev.warden.policy.eval.PolicyType;
import dev.warden.policy.parse.PolicyParser;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ResourceGeneralizerTest {

    static final String USERS = "arn:aws:iam::123456789012:user/";

    /** @param grant the Resource of the principal's one Allow statement for the action */
    record Case(String name, String grant, Set<String> used, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case("no resource", "*", Set.of("*"), List.of("*")),
                new Case("one resource stays exact", "*", Set.of(USERS + "app/alice"), List.of(USERS + "app/alice")),
                new Case("several under one path", "*", Set.of(USERS + "app/alice", USERS + "app/team/bob"),
                        List.of(USERS + "app/*")),
                new Case("s3 keys under one prefix", "arn:aws:s3:::bucket/*",
                        Set.of("arn:aws:s3:::bucket/logs/2026/a.gz", "arn:aws:s3:::bucket/logs/2026/b.gz"),
                        List.of("arn:aws:s3:::bucket/logs/2026/*")),
                new Case("only the type in common: listed", "*", Set.of(USERS + "alice", USERS + "bob"),
                        List.of(USERS + "alice", USERS + "bob")),
                new Case("different types: listed", "*", Set.of(USERS + "app/alice", "arn:aws:iam::123456789012:role/app/x"),
                        List.of("arn:aws:iam::123456789012:role/app/x", USERS + "app/alice")),
                new Case("a pattern wider than the grant is not used", USERS + "app/a*",
                        Set.of(USERS + "app/alice", USERS + "app/anna"), List.of(USERS + "app/alice", USERS + "app/anna")),
                new Case("a grant covering the pattern allows it", USERS + "app/*",
                        Set.of(USERS + "app/x/alice", USERS + "app/x/anna"), List.of(USERS + "app/x/*")));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void generalizes(Case c) throws Exception {
        String action = c.used().iterator().next().startsWith("arn:aws:s3") ? "s3:GetObject" : "iam:GetUser";
        String document = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"" + action
                + "\",\"Resource\":\"" + c.grant() + "\"}]}";
        var policy = PolicyCompiler.compile(new PolicyParser(dev.warden.policy.parse.PolicySizeLimits.defaults()).parse(document, PolicyKind.IDENTITY_INLINE_USER), "p",
                PolicyType.IDENTITY);
        Caller caller = Caller.user("123456789012", USERS + "me");
        AccountPrincipal principal = new AccountPrincipal(AccountPrincipal.Kind.USER, caller.arn(), caller,
                new PrincipalPolicySet(List.of(policy), List.of(), List.of(), false, List.of(), Optional.empty()),
                PrincipalKeys.of(caller, List.of()), Optional.empty());
        assertThat(ResourceGeneralizer.generalize(action, c.used(), new AccessEvaluator(principal, Optional.empty())))
                .isEqualTo(c.expected());
    }
}
