package dev.warden.insight.graph;

import dev.warden.core.iam.AccountAuthorizationDetails;
import dev.warden.core.iam.Iam;
import dev.warden.core.model.OpenIdConnectProvider;
import dev.warden.insight.access.Access;
import dev.warden.insight.access.AccessEvaluator;
import dev.warden.insight.access.AccessVerdict;
import dev.warden.insight.access.AccountPrincipal;
import dev.warden.insight.access.AccountPrincipals;
import dev.warden.insight.access.PrincipalKeys;
import dev.warden.insight.access.PrincipalPolicySet;
import dev.warden.insight.access.TrustPolicies;
import dev.warden.insight.access.TrustedPrincipal;
import dev.warden.policy.document.PrincipalKind;
import dev.warden.policy.eval.Caller;
import dev.warden.policy.eval.CallerType;
import dev.warden.policy.eval.CompiledPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the account's graph. Every CAN_ASSUME and ESCALATION edge is a decision of the engine
 * (through {@link AccessEvaluator}, so a grant behind a request condition gives a labelled edge):
 * a principal may assume a role when the role's trust policy and the principal's own policies allow
 * {@code sts:AssumeRole} (services {@code sts:AssumeRole}, identity providers
 * {@code sts:AssumeRoleWithWebIdentity}); it may escalate to a role it may pass to a service that
 * the role trusts when it may also create that service's resource, and to any principal whose
 * policies, trust or credentials it may change.
 */
public final class GraphBuilder {

    private static final String ASSUME_ROLE = "sts:AssumeRole";
    private static final String ASSUME_WITH_WEB_IDENTITY = "sts:AssumeRoleWithWebIdentity";
    /** The account a "*" or foreign-account trust is tried with: any account but this one. */
    private static final String SOME_OTHER_ACCOUNT = "999999999999";

    private final Iam iam;
    private final AccountPrincipals principals;
    private final Map<String, GraphNode> nodes = new LinkedHashMap<>();
    private final List<GraphEdge> edges = new ArrayList<>();

    public GraphBuilder(Iam iam, AccountPrincipals principals) {
        this.iam = iam;
        this.principals = principals;
    }

    /** @param withPolicies also show managed policies and what they are attached to */
    public AccessGraph build(boolean withPolicies) {
        List<AccountAuthorizationDetails> details = details();
        List<AccountPrincipal> all = principals.all();
        for (AccountPrincipal p : all) {
            add(p.arn(), p.kind() == AccountPrincipal.Kind.USER ? NodeKind.USER : NodeKind.ROLE);
        }
        for (OpenIdConnectProvider provider : iam.openIdConnectProviders().listOpenIdConnectProviders()) {
            add(dev.warden.core.model.Arns.oidcProvider(provider.accountId(), provider.url().replaceFirst("^https://", "")),
                    NodeKind.OIDC_PROVIDER);
        }
        List<String> groupArns = new ArrayList<>();
        for (AccountAuthorizationDetails page : details) {
            page.groups().forEach(g -> {
                add(g.group().arn(), NodeKind.GROUP);
                groupArns.add(g.group().arn());
            });
        }
        membership(details);
        if (withPolicies) {
            attachments(details);
        }
        List<AccessEvaluator> evaluators = all.stream().map(p -> new AccessEvaluator(p, Optional.empty())).toList();
        for (AccountPrincipal role : all) {
            if (role.kind() == AccountPrincipal.Kind.ROLE) {
                trust(role, all);
                passRole(role, evaluators);
            }
        }
        escalations(evaluators, all, groupArns);
        return new AccessGraph(List.copyOf(nodes.values()), merged());
    }

    private void membership(List<AccountAuthorizationDetails> details) {
        for (AccountAuthorizationDetails page : details) {
            for (AccountAuthorizationDetails.UserDetail user : page.users()) {
                for (String group : user.groupNames()) {
                    page.groups().stream().filter(g -> g.group().groupName().equals(group)).findFirst()
                            .or(() -> details.stream().flatMap(d -> d.groups().stream())
                                    .filter(g -> g.group().groupName().equals(group)).findFirst())
                            .ifPresent(g -> edges.add(new GraphEdge(user.user().arn(), g.group().arn(),
                                    EdgeKind.MEMBER_OF, "", List.of())));
                }
            }
        }
    }

    private void attachments(List<AccountAuthorizationDetails> details) {
        for (AccountAuthorizationDetails page : details) {
            page.users().forEach(u -> attach(u.user().arn(), u.attachedPolicyArns()));
            page.groups().forEach(g -> attach(g.group().arn(), g.attachedPolicyArns()));
            page.roles().forEach(r -> attach(r.role().arn(), r.attachedPolicyArns()));
            page.users().forEach(u -> boundary(u.user().arn(), u.user().permissionsBoundaryArn()));
            page.roles().forEach(r -> boundary(r.role().arn(), r.role().permissionsBoundaryArn()));
        }
    }

    private void boundary(String principal, String policyArn) {
        if (policyArn != null) {
            add(policyArn, NodeKind.POLICY);
            edges.add(new GraphEdge(policyArn, principal, EdgeKind.ATTACHED, "permissions boundary", List.of()));
        }
    }

    private void attach(String principal, List<String> policyArns) {
        for (String arn : policyArns) {
            add(arn, NodeKind.POLICY);
            edges.add(new GraphEdge(arn, principal, EdgeKind.ATTACHED, "", List.of()));
        }
    }

    /** Who may assume the role: every user and role of the account, and everyone its trust policy names. */
    private void trust(AccountPrincipal role, List<AccountPrincipal> all) {
        CompiledPolicy trust = role.trustPolicy().orElseThrow();
        for (AccountPrincipal candidate : all) {
            AccessEvaluator evaluator = new AccessEvaluator(candidate, Optional.of(trust));
            edge(evaluator, ASSUME_ROLE, role.arn(), EdgeKind.CAN_ASSUME, "sts:AssumeRole", candidate.arn());
        }
        for (TrustedPrincipal named : TrustPolicies.trustedPrincipals(trust)) {
            External external = external(named, role.caller().account());
            if (external == null) {
                continue;
            }
            AccessEvaluator evaluator = new AccessEvaluator(outsider(external.caller()), Optional.of(trust));
            String action = external.kind() == NodeKind.OIDC_PROVIDER ? ASSUME_WITH_WEB_IDENTITY : ASSUME_ROLE;
            if (evaluator.access(action, role.arn()) != Access.DENIED) {
                add(external.id(), external.kind());
            }
            edge(evaluator, action, role.arn(), EdgeKind.CAN_ASSUME, action, external.id());
        }
    }

    /** A principal a trust policy names from outside the account's users and roles, and the caller it acts as. */
    private record External(String id, NodeKind kind, Caller caller) {}

    private static External external(TrustedPrincipal named, String account) {
        String value = named.value();
        if (named.kind() == PrincipalKind.SERVICE) {
            return new External(value, NodeKind.SERVICE, Caller.service(value));
        }
        if (named.kind() == PrincipalKind.FEDERATED) {
            Caller caller = new Caller(CallerType.WEB_IDENTITY, Optional.empty(), value, Optional.empty(),
                    Optional.empty(), Optional.empty());
            return new External(value, NodeKind.OIDC_PROVIDER, caller);
        }
        if (named.kind() != PrincipalKind.AWS) {
            return null;
        }
        if (value.equals("*")) {
            return new External("*", NodeKind.ANYONE, Caller.root(SOME_OTHER_ACCOUNT));
        }
        String accountId = value.matches("\\d{12}") ? value
                : value.matches("arn:[^:]+:iam::\\d{12}:root") ? value.split(":")[4] : null;
        if (accountId != null) {
            return new External(accountId, NodeKind.ACCOUNT, Caller.root(accountId));
        }
        if (value.startsWith("arn:") && !value.split(":")[4].equals(account)) {
            // A user or role of another account: shown as that account.
            String other = value.split(":")[4];
            return new External(other, NodeKind.ACCOUNT, Caller.root(other));
        }
        return null;
    }

    private static AccountPrincipal outsider(Caller caller) {
        return new AccountPrincipal(AccountPrincipal.Kind.USER, caller.arn(), caller, PrincipalPolicySet.nothing(),
                PrincipalKeys.of(caller, List.of()), Optional.empty());
    }

    /** Passing the role to a service it trusts, with the action that makes the service run as it. */
    private void passRole(AccountPrincipal role, List<AccessEvaluator> evaluators) {
        CompiledPolicy trust = role.trustPolicy().orElseThrow();
        for (PassRoleService service : PassRoleService.KNOWN) {
            AccessEvaluator asService = new AccessEvaluator(outsider(Caller.service(service.service())), Optional.of(trust));
            if (asService.access(ASSUME_ROLE, role.arn()) == Access.DENIED) {
                continue;
            }
            for (AccessEvaluator source : evaluators) {
                if (source.principal().arn().equals(role.arn())
                        || source.access("iam:PassRole", role.arn()) == Access.DENIED
                        || source.access(service.action(), "*") == Access.DENIED) {
                    continue;
                }
                List<String> conditions = new ArrayList<>();
                conditions.addAll(conditions(source, "iam:PassRole", role.arn()));
                conditions.addAll(conditions(source, service.action(), "*"));
                conditions.addAll(conditions(asService, ASSUME_ROLE, role.arn()));
                edges.add(new GraphEdge(source.principal().arn(), role.arn(), EdgeKind.ESCALATION,
                        "iam:PassRole + " + service.action() + " (" + service.service() + ")", conditions));
            }
        }
    }

    private void escalations(List<AccessEvaluator> evaluators, List<AccountPrincipal> all, List<String> groupArns) {
        for (AccessEvaluator source : evaluators) {
            for (EscalationAction escalation : EscalationAction.KNOWN) {
                List<String> targets = switch (escalation.target()) {
                    case USER -> all.stream().filter(p -> p.kind() == AccountPrincipal.Kind.USER).map(AccountPrincipal::arn).toList();
                    case ROLE -> all.stream().filter(p -> p.kind() == AccountPrincipal.Kind.ROLE).map(AccountPrincipal::arn).toList();
                    default -> groupArns;
                };
                for (String target : targets) {
                    edge(source, escalation.action(), target, EdgeKind.ESCALATION, escalation.action(),
                            source.principal().arn());
                }
            }
        }
    }

    /** Adds an edge {@code from → resource} when the engine allows the action, labelled with its conditions. */
    private void edge(AccessEvaluator evaluator, String action, String resource, EdgeKind kind, String via, String from) {
        if (evaluator.access(action, resource) == Access.DENIED) {
            return;
        }
        edges.add(new GraphEdge(from, resource, kind, via, conditions(evaluator, action, resource)));
    }

    private static List<String> conditions(AccessEvaluator evaluator, String action, String resource) {
        AccessVerdict verdict = evaluator.verdict(action, resource);
        List<String> out = new ArrayList<>();
        verdict.allowedIf().forEach(n -> out.add(n.conditionText()));
        verdict.deniedIf().forEach(n -> out.add("not (" + n.conditionText() + ")"));
        return out;
    }

    /** One edge per source, target, kind and conditions, naming every action that makes it. */
    private List<GraphEdge> merged() {
        Map<List<Object>, GraphEdge> out = new LinkedHashMap<>();
        for (GraphEdge edge : edges) {
            if (edge.from().equals(edge.to())) {
                continue;
            }
            List<Object> key = List.of(edge.from(), edge.to(), edge.kind(), edge.conditions());
            out.merge(key, edge, (a, b) -> a.via().contains(b.via()) ? a
                    : new GraphEdge(a.from(), a.to(), a.kind(), a.via() + ", " + b.via(), a.conditions()));
        }
        return List.copyOf(out.values());
    }

    private void add(String id, NodeKind kind) {
        nodes.putIfAbsent(id, new GraphNode(id, kind, label(id, kind)));
    }

    private static String label(String id, NodeKind kind) {
        return switch (kind) {
            case USER, GROUP, ROLE, POLICY -> id.substring(id.lastIndexOf('/') + 1);
            case OIDC_PROVIDER -> id.contains(":oidc-provider/") ? id.substring(id.indexOf(":oidc-provider/") + 15) : id;
            case ACCOUNT -> "account " + id;
            case ANYONE -> "anyone (*)";
            default -> id;
        };
    }

    private List<AccountAuthorizationDetails> details() {
        List<AccountAuthorizationDetails> pages = new ArrayList<>();
        String marker = null;
        do {
            AccountAuthorizationDetails page = iam.authorizationDetails().getAccountAuthorizationDetails(
                    new AccountAuthorizationDetails.Query(java.util.Set.of(), marker, 1000));
            pages.add(page);
            marker = page.truncated() ? page.marker() : null;
        } while (marker != null);
        return pages;
    }
}
