package dev.warden.insight.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.insight.testing.SmallAccountTest;
import dev.warden.policy.context.ContextKeyType;
import dev.warden.policy.context.ContextValue;
import dev.warden.policy.context.RequestContext;
import dev.warden.policy.eval.AuthorizationRequest;
import dev.warden.policy.eval.Authorizer;
import dev.warden.policy.eval.PolicySet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The analysis agrees with the engine's own decisions: for every principal × action × resource of
 * the small account, the engine is asked with the policies the server loads, once from inside
 * 10.0.0.0/8 with MFA and once from outside without (the only request keys the account's
 * conditions use). Both allow: ALLOWED; neither: DENIED; they differ: CONDITIONAL.
 */
class AccessEvaluatorTest extends SmallAccountTest {

    static final List<String> ACTIONS = List.of("iam:GetUser", "iam:CreateUser", "iam:ListUsers", "iam:ListRoles",
            "iam:DeleteUser", "iam:TagUser", "iam:UntagUser", "iam:GetRole", "iam:PassRole", "iam:AttachRolePolicy",
            "sts:AssumeRole", "lambda:CreateFunction");
    static final List<String> RESOURCES = List.of("*", ARN + "user/alice", ARN + "role/app", ARN + "role/deployer");

    final Authorizer engine = new Authorizer();

    @Test
    void everyAnswerOfTheGridAgreesWithTheEngineInBothRequests() {
        List<AccountPrincipal> principals = account.principals().all();
        assertThat(principals).extracting(AccountPrincipal::arn).contains(ARN + "user/alice", ARN + "role/deployer");
        int conditional = 0;
        int allowed = 0;
        List<String> disagreements = new ArrayList<>();
        for (AccountPrincipal principal : principals) {
            for (String action : ACTIONS) {
                for (String resource : RESOURCES) {
                    Optional<dev.warden.policy.eval.CompiledPolicy> trust = WhoCan.trustActs(action)
                            ? account.principals().all().stream().filter(p -> p.arn().equals(resource)).findFirst()
                                    .flatMap(AccountPrincipal::trustPolicy)
                            : Optional.empty();
                    PolicySet.Builder builder = principal.policies().toPolicySetBuilder();
                    trust.ifPresent(t -> builder.resource(t).resourcePolicyRequired(true));
                    PolicySet policies = builder.build();
                    boolean inside = engine.decide(policies, request(principal, action, resource, "10.1.2.3", true)).allowed();
                    boolean outside = engine.decide(policies, request(principal, action, resource, "192.0.2.1", false)).allowed();
                    Access expected = inside && outside ? Access.ALLOWED : inside || outside ? Access.CONDITIONAL : Access.DENIED;
                    Access answered = new AccessEvaluator(principal, trust).access(action, resource);
                    if (answered != expected) {
                        disagreements.add(principal.arn() + " " + action + " " + resource + ": " + answered + " vs engine " + expected);
                    }
                    conditional += expected == Access.CONDITIONAL ? 1 : 0;
                    allowed += expected == Access.ALLOWED ? 1 : 0;
                }
            }
        }
        assertThat(disagreements).isEmpty();
        // The grid exercises all three answers, not just one.
        assertThat(conditional).isGreaterThan(3);
        assertThat(allowed).isGreaterThan(3);
    }

    @Test
    void aConditionalGrantNamesItsCondition() {
        AccountPrincipal alice = account.principals().find(ARN + "user/alice").orElseThrow();
        AccessVerdict verdict = new AccessEvaluator(alice, Optional.empty()).verdict("iam:CreateUser", ARN + "user/x");
        assertThat(verdict.access()).isEqualTo(Access.CONDITIONAL);
        assertThat(verdict.allowedIf()).extracting(ConditionNote::conditionText)
                .containsExactly("aws:SourceIp IpAddress 10.0.0.0/8");
        assertThat(verdict.deniedIf()).isEmpty();
    }

    @Test
    void aConditionalDenyIsReportedAsTheConditionThatTakesAccessAway() {
        AccountPrincipal bob = account.principals().find(ARN + "user/bob").orElseThrow();
        AccessVerdict verdict = new AccessEvaluator(bob, Optional.empty()).verdict("iam:ListUsers", "*");
        assertThat(verdict.access()).isEqualTo(Access.CONDITIONAL);
        assertThat(verdict.allowedIf()).isEmpty();
        assertThat(verdict.deniedIf()).extracting(ConditionNote::conditionText)
                .containsExactly("aws:SourceIp NotIpAddress 10.0.0.0/8");
    }

    @Test
    void conditionsOnThePrincipalsOwnTagsAreDecidedNotReported() {
        AccountPrincipal dave = account.principals().find(ARN + "user/dave").orElseThrow();
        AccessEvaluator evaluator = new AccessEvaluator(dave, Optional.empty());
        assertThat(evaluator.access("iam:TagUser", "*")).isEqualTo(Access.ALLOWED);
        assertThat(evaluator.access("iam:UntagUser", "*")).isEqualTo(Access.DENIED);
    }

    @Test
    void theBoundaryLimitsAnAdministrator() {
        AccountPrincipal carol = account.principals().find(ARN + "user/carol").orElseThrow();
        AccessEvaluator evaluator = new AccessEvaluator(carol, Optional.empty());
        assertThat(evaluator.access("iam:GetUser", "*")).isEqualTo(Access.ALLOWED);
        assertThat(evaluator.access("iam:DeleteUser", "*")).isEqualTo(Access.DENIED);
    }

    private static AuthorizationRequest request(AccountPrincipal principal, String action, String resource, String ip,
            boolean mfa) {
        RequestContext context = principal.keys().toBuilder()
                .put("aws:SourceIp", ContextValue.of(ContextKeyType.IP, ip))
                .put("aws:MultiFactorAuthPresent", ContextValue.of(ContextKeyType.BOOLEAN, Boolean.toString(mfa)))
                .build();
        return AuthorizationRequest.of(principal.caller(), action, resource, context);
    }
}
