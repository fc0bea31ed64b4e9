package dev.warden.insight.access;

import dev.warden.policy.eval.CompiledPolicy;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every user and role of the account that may perform an action on a resource, decided by the
 * engine per principal. A role's trust policy is the resource policy of {@code sts:AssumeRole}
 * (and of TagSession / SetSourceIdentity) on that role, as the server decides it.
 */
public final class WhoCan {

    private WhoCan() {}

    /** Only principals for which the engine allows, unconditionally or behind a condition. */
    public static List<WhoCanEntry> ask(List<AccountPrincipal> principals, String action, String resource) {
        Map<String, AccountPrincipal> roles = principals.stream()
                .filter(p -> p.kind() == AccountPrincipal.Kind.ROLE)
                .collect(Collectors.toMap(AccountPrincipal::arn, Function.identity(), (a, b) -> a));
        Optional<CompiledPolicy> resourcePolicy = trustActs(action)
                ? Optional.ofNullable(roles.get(resource)).flatMap(AccountPrincipal::trustPolicy)
                : Optional.empty();
        VariantCache variants = new VariantCache();
        // Principals are independent questions: both cores answer them, in the account's order.
        return principals.parallelStream()
                .map(principal -> answer(principal, action, resource, resourcePolicy, variants))
                .flatMap(Optional::stream)
                .toList();
    }

    private static Optional<WhoCanEntry> answer(AccountPrincipal principal, String action, String resource,
            Optional<CompiledPolicy> resourcePolicy, VariantCache variants) {
        AccessEvaluator evaluator = new AccessEvaluator(principal, resourcePolicy, variants);
        Access access = evaluator.access(action, resource);
        if (access == Access.DENIED) {
            return Optional.empty();
        }
        AccessVerdict verdict = access == Access.ALLOWED
                ? new AccessVerdict(Access.ALLOWED, List.of(), List.of(), "")
                : evaluator.verdict(action, resource);
        List<TrustedPrincipal> trustedBy = principal.trustPolicy().map(TrustPolicies::trustedPrincipals).orElse(List.of());
        return Optional.of(new WhoCanEntry(principal.kind(), principal.arn(), verdict, trustedBy));
    }

    /** The STS actions decided against the target role's trust policy. */
    static boolean trustActs(String action) {
        String lower = action.toLowerCase(Locale.ROOT);
        return lower.equals("sts:assumerole") || lower.equals("sts:tagsession") || lower.equals("sts:setsourceidentity");
    }
}
