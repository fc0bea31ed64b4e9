package dev.warden.insight.access;

import dev.warden.catalog.Action;
import dev.warden.catalog.Catalog;
import dev.warden.catalog.ResourceType;
import dev.warden.catalog.Service;
import dev.warden.policy.document.Effect;
import dev.warden.policy.document.Statement;
import dev.warden.policy.eval.CompiledPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a principal may do: every catalogue action of the services its Allow statements name (or
 * of one service), asked of the engine on each resource its Allow statements name and on
 * {@code *}, where the action acts on that kind of resource. Resources are reported as the
 * policies write them, with policy variables of the principal's own keys filled in.
 */
public final class WhatCan {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]+)}");

    private WhatCan() {}

    /** @param service a service prefix to limit to, or empty for every service the policies name */
    public static List<WhatCanEntry> ask(AccountPrincipal principal, Optional<String> service, Catalog catalog) {
        AccessEvaluator evaluator = new AccessEvaluator(principal, Optional.empty());
        Set<String> resources = candidateResources(principal);
        List<WhatCanEntry> out = new ArrayList<>();
        for (Service candidate : services(principal, service, catalog)) {
            List<Action> actions = new ArrayList<>(candidate.actions());
            actions.sort(Comparator.comparing(Action::accessLevel).thenComparing(Action::name));
            for (Action action : actions) {
                List<ResourceType> types = catalog.resourceTypesOf(action);
                for (String resource : resources) {
                    if (!appliesTo(action, types, resource)) {
                        continue;
                    }
                    Access access = evaluator.access(action.fullName(), resource);
                    if (access == Access.DENIED) {
                        continue;
                    }
                    AccessVerdict verdict = access == Access.ALLOWED
                            ? new AccessVerdict(Access.ALLOWED, List.of(), List.of(), "")
                            : evaluator.verdict(action.fullName(), resource);
                    out.add(new WhatCanEntry(candidate.prefix(), action.accessLevel(), action.fullName(), resource, verdict));
                }
            }
        }
        return out;
    }

    /** {@code *} for every action; an ARN only for actions that act on a resource type it can be. */
    static boolean appliesTo(Action action, List<ResourceType> types, String resource) {
        if (resource.equals("*")) {
            return true;
        }
        if (action.supportsOnlyWildcardResource()) {
            return false;
        }
        return types.stream().anyMatch(t -> t.matches(resource));
    }

    private static List<Service> services(AccountPrincipal principal, Optional<String> only, Catalog catalog) {
        if (only.isPresent()) {
            return catalog.service(only.get()).map(List::of).orElse(List.of());
        }
        Set<String> prefixes = new TreeSet<>();
        for (Statement statement : allowStatements(principal)) {
            if (statement.action().negated()) {
                catalog.services().forEach(s -> prefixes.add(s.prefix()));
                continue;
            }
            for (String action : statement.action().values()) {
                String servicePart = action.equals("*") ? "*" : action.substring(0, Math.max(0, action.indexOf(':')));
                catalog.servicesMatching(servicePart).forEach(s -> prefixes.add(s.prefix()));
            }
        }
        List<Service> out = new ArrayList<>();
        prefixes.forEach(p -> catalog.service(p).ifPresent(out::add));
        return out;
    }

    static Set<String> candidateResources(AccountPrincipal principal) {
        Set<String> out = new LinkedHashSet<>();
        out.add("*");
        for (Statement statement : allowStatements(principal)) {
            if (statement.resource().isEmpty() || statement.resource().get().negated()) {
                continue;
            }
            for (String resource : statement.resource().get().values()) {
                out.add(fillVariables(resource, principal));
            }
        }
        return out;
    }

    private static String fillVariables(String resource, AccountPrincipal principal) {
        Matcher m = VARIABLE.matcher(resource);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = principal.keys().get(m.group(1)).map(dev.warden.policy.context.ContextValue::value).orElse(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<Statement> allowStatements(AccountPrincipal principal) {
        List<Statement> out = new ArrayList<>();
        for (CompiledPolicy policy : principal.policies().identity()) {
            for (Statement statement : policy.document().statements()) {
                if (statement.effect() == Effect.ALLOW) {
                    out.add(statement);
                }
            }
        }
        return out;
    }
}
