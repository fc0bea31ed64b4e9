package dev.warden.insight.generate;

import dev.warden.catalog.Catalog;
import dev.warden.insight.access.Access;
import dev.warden.insight.access.AccessEvaluator;
import dev.warden.insight.access.AccessVerdict;
import dev.warden.insight.access.AccountPrincipal;
import dev.warden.insight.access.ConditionNote;
import dev.warden.insight.access.WhatCan;
import dev.warden.insight.access.WhatCanEntry;
import dev.warden.policy.document.ConditionEntry;
import dev.warden.policy.eval.PolicyType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes the least-privilege policy of what a principal used: per action, the resources
 * generalised by {@link ResourceGeneralizer}; actions a current statement granted only behind a
 * request condition keep that condition; statements group a service's actions that share
 * resources and conditions. Uses the engine on the principal's current policies throughout, so
 * the result never grants more than they do.
 */
public final class PolicyGenerator {

    private PolicyGenerator() {}

    public static GeneratedPolicy generate(AccountPrincipal principal, AuditUsage usage, Catalog catalog) {
        AccessEvaluator current = new AccessEvaluator(principal, Optional.empty());
        Map<String, Set<String>> resourcesByAction = new TreeMap<>();
        for (UsedAccess used : usage.used()) {
            resourcesByAction.computeIfAbsent(canonical(used.action(), catalog), a -> new TreeSet<>()).add(used.resource());
        }
        // service → (resources, conditions) → actions, in a stable order.
        Map<String, Map<List<Object>, List<String>>> grouped = new TreeMap<>();
        for (Map.Entry<String, Set<String>> entry : resourcesByAction.entrySet()) {
            String action = entry.getKey();
            List<String> resources = ResourceGeneralizer.generalize(action, entry.getValue(), current);
            List<ConditionEntry> conditions = grantConditions(current, action, entry.getValue());
            String service = action.substring(0, action.indexOf(':'));
            grouped.computeIfAbsent(service, s -> new LinkedHashMap<>())
                    .computeIfAbsent(List.of(resources, conditions), k -> new ArrayList<>()).add(action);
        }
        List<GeneratedStatement> statements = new ArrayList<>();
        grouped.forEach((service, groups) -> {
            int n = 0;
            for (Map.Entry<List<Object>, List<String>> group : groups.entrySet()) {
                @SuppressWarnings("unchecked")
                List<String> resources = (List<String>) group.getKey().get(0);
                @SuppressWarnings("unchecked")
                List<ConditionEntry> conditions = (List<ConditionEntry>) group.getKey().get(1);
                n++;
                statements.add(new GeneratedStatement(sid(service, n), group.getValue(), resources, conditions));
            }
        });
        return new GeneratedPolicy(principal.arn(), statements, diff(principal, resourcesByAction.keySet(), catalog),
                usage.calls());
    }

    /**
     * The conditions of the identity statement that granted the action, when the current policies
     * grant it only behind a request condition (the call was made, so the condition held).
     */
    private static List<ConditionEntry> grantConditions(AccessEvaluator current, String action, Set<String> resources) {
        for (String resource : resources) {
            AccessVerdict verdict = current.verdict(action, resource);
            if (verdict.access() == Access.CONDITIONAL) {
                return verdict.allowedIf().stream().filter(n -> n.policyType() == PolicyType.IDENTITY)
                        .map(ConditionNote::conditions).findFirst().orElse(List.of());
            }
        }
        return List.of();
    }

    static PolicyDiff diff(AccountPrincipal principal, Set<String> used, Catalog catalog) {
        Set<String> granted = new TreeSet<>();
        Set<String> grantedServices = new TreeSet<>();
        for (WhatCanEntry entry : WhatCan.ask(principal, Optional.empty(), catalog)) {
            granted.add(entry.action());
            grantedServices.add(entry.service());
        }
        Set<String> usedServices = new TreeSet<>();
        used.forEach(a -> usedServices.add(a.substring(0, a.indexOf(':'))));
        List<String> unusedActions = granted.stream()
                .filter(a -> !used.contains(a) && usedServices.contains(a.substring(0, a.indexOf(':')))).toList();
        List<String> unusedServices = grantedServices.stream().filter(s -> !usedServices.contains(s)).toList();
        return new PolicyDiff(List.copyOf(used), List.copyOf(granted), unusedActions, unusedServices);
    }

    /** The action as the catalogue spells it ({@code iam:ListUsers}), so the diff compares like with like. */
    private static String canonical(String action, Catalog catalog) {
        return catalog.action(action).map(a -> a.fullName()).orElse(action);
    }

    private static String sid(String service, int n) {
        String letters = service.replaceAll("[^A-Za-z0-9]", "");
        String name = letters.isEmpty() ? "Service" : letters.substring(0, 1).toUpperCase(Locale.ROOT) + letters.substring(1);
        return name + "Used" + n;
    }
}
