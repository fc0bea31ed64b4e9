package dev.warden.insight.access;

import dev.warden.policy.document.ConditionEntry;
import dev.warden.policy.document.Effect;
import dev.warden.policy.document.PolicyDocument;
import dev.warden.policy.document.Statement;
import dev.warden.policy.eval.CompiledPolicy;
import dev.warden.policy.eval.PolicyCompiler;
import java.util.ArrayList;
import java.util.List;

/**
 * A policy with its request-dependent conditions settled by an {@link Assumption}: in the most
 * favourable request an Allow's such conditions hold (they are dropped, its other conditions stay
 * for the engine) and a Deny carrying one never applies (the statement is dropped); in the least
 * favourable request the reverse. Statements keep their index, so the engine's explanations still
 * name the stored statement.
 */
public final class PolicyVariant {

    private PolicyVariant() {}

    public static CompiledPolicy of(CompiledPolicy policy, Assumption assumption) {
        PolicyDocument document = policy.document();
        List<Statement> kept = new ArrayList<>();
        boolean changed = false;
        for (Statement statement : document.statements()) {
            List<ConditionEntry> principalOnly = principalConditions(statement);
            if (principalOnly.size() == statement.conditions().size()) {
                kept.add(statement);
                continue;
            }
            changed = true;
            boolean holds = (statement.effect() == Effect.ALLOW) == (assumption == Assumption.MOST_FAVOURABLE);
            if (holds) {
                kept.add(new Statement(statement.index(), statement.sid(), statement.effect(), statement.principal(),
                        statement.action(), statement.resource(), principalOnly, statement.start(), statement.end()));
            }
        }
        if (!changed) {
            return policy;
        }
        PolicyDocument variant = new PolicyDocument(document.version(), document.id(), kept, document.sourceText());
        return PolicyCompiler.compile(variant, policy.id(), policy.type());
    }

    /** The statement's conditions on keys the principal fixes by itself. */
    static List<ConditionEntry> principalConditions(Statement statement) {
        return statement.conditions().stream().filter(c -> PrincipalKeys.isPrincipalKey(c.key())).toList();
    }

    /** The statement's conditions on request-dependent keys. */
    static List<ConditionEntry> requestConditions(Statement statement) {
        return statement.conditions().stream().filter(c -> !PrincipalKeys.isPrincipalKey(c.key())).toList();
    }
}
