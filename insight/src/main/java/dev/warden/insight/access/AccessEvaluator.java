package dev.warden.insight.access;

import dev.warden.policy.document.Effect;
import dev.warden.policy.document.Statement;
import dev.warden.policy.eval.AuthorizationRequest;
import dev.warden.policy.eval.Authorizer;
import dev.warden.policy.eval.CompiledPolicy;
import dev.warden.policy.eval.Decision;
import dev.warden.policy.eval.MatchedStatement;
import dev.warden.policy.eval.PolicySet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers "may this principal do ACTION on RESOURCE" with the engine, conditions taken into account:
 * the engine decides twice, in the most and in the least favourable request ({@link PolicyVariant});
 * the principal's own keys are set as the server sets them, so conditions on them are decided, not
 * reported. Build one per principal (and resource policy) and ask it many questions.
 */
public final class AccessEvaluator {

    private final Authorizer engine = new Authorizer();
    private final AccountPrincipal principal;
    private final PolicySet favourable;
    private final PolicySet unfavourable;
    private final Map<String, Statement> statements = new HashMap<>();

    /**
     * @param resourcePolicy a resource-based policy that applies (a role's trust policy for
     *     sts:AssumeRole), which must then itself allow the principal
     */
    public AccessEvaluator(AccountPrincipal principal, Optional<CompiledPolicy> resourcePolicy) {
        this.principal = principal;
        this.favourable = variant(principal.policies(), resourcePolicy, Assumption.MOST_FAVOURABLE);
        this.unfavourable = variant(principal.policies(), resourcePolicy, Assumption.LEAST_FAVOURABLE);
        List<CompiledPolicy> all = new ArrayList<>(principal.policies().policySet().policies());
        resourcePolicy.ifPresent(all::add);
        for (CompiledPolicy policy : all) {
            for (Statement statement : policy.document().statements()) {
                statements.put(key(policy.id(), policy.type().name(), statement.index()), statement);
            }
        }
    }

    public AccountPrincipal principal() {
        return principal;
    }

    /** Only whether access is allowed, conditional or denied; no explanation is built. */
    public Access access(String action, String resource) {
        AuthorizationRequest request = request(action, resource);
        if (engine.decide(unfavourable, request).allowed()) {
            return Access.ALLOWED;
        }
        return engine.decide(favourable, request).allowed() ? Access.CONDITIONAL : Access.DENIED;
    }

    /** The answer with the statements and conditions it depends on. */
    public AccessVerdict verdict(String action, String resource) {
        AuthorizationRequest request = request(action, resource);
        Decision worst = engine.authorize(unfavourable, request);
        if (worst.allowed()) {
            return new AccessVerdict(Access.ALLOWED, List.of(), List.of(), worst.reason());
        }
        Decision best = engine.authorize(favourable, request);
        if (!best.allowed()) {
            return new AccessVerdict(Access.DENIED, List.of(), List.of(), best.reason());
        }
        List<ConditionNote> allowedIf = notes(best.matchedStatements(), Effect.ALLOW);
        List<ConditionNote> deniedIf = notes(worst.matchedStatements(), Effect.DENY);
        return new AccessVerdict(Access.CONDITIONAL, allowedIf, deniedIf, worst.reason());
    }

    private AuthorizationRequest request(String action, String resource) {
        return AuthorizationRequest.of(principal.caller(), action, resource, principal.keys());
    }

    /** The matched statements of one effect that carry request-dependent conditions. */
    private List<ConditionNote> notes(List<MatchedStatement> matched, Effect effect) {
        List<ConditionNote> out = new ArrayList<>();
        for (MatchedStatement m : matched) {
            Statement statement = statements.get(key(m.policyId(), m.policyType().name(), m.statementIndex()));
            if (m.effect() != effect || statement == null) {
                continue;
            }
            var conditions = PolicyVariant.requestConditions(statement);
            if (!conditions.isEmpty()) {
                out.add(new ConditionNote(effect, m.policyType(), m.policyId(), m.statementIndex(), m.sid(), conditions));
            }
        }
        return out;
    }

    private static PolicySet variant(PrincipalPolicySet policies, Optional<CompiledPolicy> resourcePolicy,
            Assumption assumption) {
        PrincipalPolicySet changed = new PrincipalPolicySet(
                policies.identity().stream().map(p -> PolicyVariant.of(p, assumption)).toList(),
                policies.boundary().stream().map(p -> PolicyVariant.of(p, assumption)).toList(),
                policies.session().stream().map(p -> PolicyVariant.of(p, assumption)).toList(),
                policies.sessionPolicyPassed(), policies.principalTags(), policies.permissionsBoundaryArn());
        PolicySet.Builder builder = changed.toPolicySetBuilder();
        resourcePolicy.ifPresent(p -> builder.resource(PolicyVariant.of(p, assumption)).resourcePolicyRequired(true));
        return builder.build();
    }

    private static String key(String policyId, String type, int index) {
        return type + "\u0000" + policyId + "\u0000" + index;
    }
}
