package dev.warden.insight.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.insight.testing.SmallAccountTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WhoCanTest extends SmallAccountTest {

    /** @param expected principal ARN to its access; every other principal must be absent */
    record Case(String action, String resource, Map<String, Access> expected) {}

    @Test
    void answersTheTable() {
        List<Case> cases = List.of(
                new Case("iam:CreateUser", ARN + "user/new", Map.of(
                        ARN + "user/admin", Access.ALLOWED, ARN + "user/alice", Access.CONDITIONAL)),
                new Case("iam:ListUsers", "*", Map.of(
                        ARN + "user/admin", Access.ALLOWED, ARN + "user/bob", Access.CONDITIONAL)),
                new Case("iam:GetRole", ARN + "role/app", Map.of(
                        ARN + "user/admin", Access.ALLOWED, ARN + "user/carol", Access.ALLOWED,
                        ARN + "role/app", Access.CONDITIONAL)),
                // The trust policy decides: alice is named; carol only with MFA; admin is not named.
                new Case("sts:AssumeRole", ARN + "role/app", Map.of(
                        ARN + "user/alice", Access.ALLOWED, ARN + "user/carol", Access.CONDITIONAL)),
                new Case("iam:AttachRolePolicy", ARN + "role/app", Map.of(
                        ARN + "user/admin", Access.ALLOWED, ARN + "role/deployer", Access.ALLOWED)));
        List<AccountPrincipal> principals = account.principals().all();
        for (Case c : cases) {
            Map<String, Access> answered = WhoCan.ask(principals, c.action(), c.resource()).stream()
                    .collect(Collectors.toMap(WhoCanEntry::arn, e -> e.verdict().access()));
            assertThat(answered).as(c.action() + " " + c.resource()).isEqualTo(c.expected());
        }
    }

    @Test
    void aRoleCarriesWhoMayAssumeIt() {
        WhoCanEntry deployer = WhoCan.ask(account.principals().all(), "iam:AttachRolePolicy", ARN + "role/app").stream()
                .filter(e -> e.arn().equals(ARN + "role/deployer")).findFirst().orElseThrow();
        assertThat(deployer.trustedBy()).extracting(TrustedPrincipal::text).containsExactly("Service lambda.amazonaws.com");
    }

    @Test
    void aConditionalTrustNamesItsCondition() {
        WhoCanEntry carol = WhoCan.ask(account.principals().all(), "sts:AssumeRole", ARN + "role/app").stream()
                .filter(e -> e.arn().equals(ARN + "user/carol")).findFirst().orElseThrow();
        assertThat(carol.verdict().allowedIf()).extracting(ConditionNote::conditionText)
                .containsExactly("aws:MultiFactorAuthPresent Bool true");
    }
}
