package dev.warden.insight.access;

import dev.warden.policy.document.ConditionEntry;
import dev.warden.policy.document.Effect;
import dev.warden.policy.document.PrincipalElement;
import dev.warden.policy.document.PrincipalKind;
import dev.warden.policy.document.Statement;
import dev.warden.policy.eval.CompiledPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads who a role's trust policy names, for reports; decisions are the engine's. */
public final class TrustPolicies {

    private TrustPolicies() {}

    /** Principals named by Allow statements for sts:AssumeRole, AssumeRoleWithWebIdentity or AssumeRoleWithSAML. */
    public static List<TrustedPrincipal> trustedPrincipals(CompiledPolicy trust) {
        List<TrustedPrincipal> out = new ArrayList<>();
        for (Statement statement : trust.document().statements()) {
            if (statement.effect() != Effect.ALLOW || statement.principal().isEmpty()
                    || statement.principal().get().negated() || statement.action().negated()) {
                continue;
            }
            String action = statement.action().values().stream()
                    .filter(a -> a.toLowerCase(Locale.ROOT).startsWith("sts:assumerole") || a.equals("*")
                            || a.equalsIgnoreCase("sts:*"))
                    .findFirst().orElse(null);
            if (action == null) {
                continue;
            }
            List<String> conditions = statement.conditions().stream().map(TrustPolicies::text).toList();
            PrincipalElement principal = statement.principal().get();
            if (principal.everyone()) {
                out.add(new TrustedPrincipal(PrincipalKind.AWS, "*", action, conditions));
            }
            for (PrincipalKind kind : PrincipalKind.values()) {
                for (String value : principal.values(kind)) {
                    out.add(new TrustedPrincipal(kind, value, action, conditions));
                }
            }
        }
        return out;
    }

    static String text(ConditionEntry entry) {
        return entry.key() + " " + entry.operator() + " " + String.join("|", entry.values());
    }
}
