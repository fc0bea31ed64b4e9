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
    private final Optional<CompiledPolicy> resourcePolicy;
    /** Every statement by policy and index, built on the first explanation only. */
    private Map<String, Statement> statements;

    /**
     * @param resourcePolicy a resource-based policy that applies (a role's trust policy for
     *     sts:AssumeRole), which must then itself allow the principal
     */
    public AccessEvaluator(AccountPrincipal principal, Optional<CompiledPolicy> resourcePolicy) {
        this(principal, resourcePolicy, new VariantCache());
    }

    /** @param variants shared by the evaluators of one analysis, so shared policies are rewritten once */
    public AccessEvaluator(AccountPrincipal principal, Optional<CompiledPolicy> resourcePolicy, VariantCache variants) {
        this.principal = principal;
        this.resourcePolicy = resourcePolicy;
        PrincipalPolicySet policies = principal.policies();
        PrincipalPolicySet favourableSet = variant(policies, Assumption.MOST_FAVOURABLE, variants);
        PrincipalPolicySet unfavourableSet = variant(policies, Assumption.LEAST_FAVOURABLE, variants);
        Optional<CompiledPolicy> favourableResource = resourcePolicy.map(p -> variants.of(p, Assumption.MOST_FAVOURABLE));
        Optional<CompiledPolicy> unfavourableResource = resourcePolicy.map(p -> variants.of(p, Assumption.LEAST_FAVOURABLE));
        this.favourable = build(favourableSet, favourableResource);
        // Without request conditions both requests are the same: decide once.
        boolean same = unchanged(policies, favourableSet) && unchanged(policies, unfavourableSet)
                && favourableResource.orElse(null) == resourcePolicy.orElse(null)
                && unfavourableResource.orElse(null) == resourcePolicy.orElse(null);
        this.unfavourable = same ? favourable : build(unfavourableSet, unfavourableResource);
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
        if (unfavourable == favourable) {
            return Access.DENIED;
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
        Map<String, Statement> statements = statements();
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

    private synchronized Map<String, Statement> statements() {
        if (statements == null) {
            statements = new HashMap<>();
            List<CompiledPolicy> all = new ArrayList<>(principal.policies().identity());
            all.addAll(principal.policies().boundary());
            all.addAll(principal.policies().session());
            resourcePolicy.ifPresent(all::add);
            for (CompiledPolicy policy : all) {
                for (Statement statement : policy.document().statements()) {
                    statements.put(key(policy.id(), policy.type().name(), statement.index()), statement);
                }
            }
        }
        return statements;
    }

    private static boolean unchanged(PrincipalPolicySet original, PrincipalPolicySet variant) {
        return sameInstances(original.identity(), variant.identity()) && sameInstances(original.boundary(), variant.boundary())
                && sameInstances(original.session(), variant.session());
    }

    private static boolean sameInstances(List<CompiledPolicy> a, List<CompiledPolicy> b) {
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static PrincipalPolicySet variant(PrincipalPolicySet policies, Assumption assumption, VariantCache variants) {
        return new PrincipalPolicySet(
                policies.identity().stream().map(p -> variants.of(p, assumption)).toList(),
                policies.boundary().stream().map(p -> variants.of(p, assumption)).toList(),
                policies.session().stream().map(p -> variants.of(p, assumption)).toList(),
                policies.sessionPolicyPassed(), policies.principalTags(), policies.permissionsBoundaryArn());
    }

    private static PolicySet build(PrincipalPolicySet policies, Optional<CompiledPolicy> resourcePolicy) {
        PolicySet.Builder builder = policies.toPolicySetBuilder();
        resourcePolicy.ifPresent(p -> builder.resource(p).resourcePolicyRequired(true));
        return builder.build();
    }

    private static String key(String policyId, String type, int index) {
        return type + "\u0000" + policyId + "\u0000" + index;
    }
}
