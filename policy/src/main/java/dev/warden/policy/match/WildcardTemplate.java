package dev.warden.policy.match;

import dev.warden.policy.context.RequestContext;
import java.util.Optional;

/**
 * A pattern containing policy variables ({@code ${aws:username}}), resolved per request into a
 * {@link Wildcard}. Implemented by the policy-variable package; see {@link TemplateCompiler}.
 */
@FunctionalInterface
public interface WildcardTemplate {
  /**
   * The wildcard for this request: variables replaced by their context values as literal text (a
   * {@code *} in a value matches only {@code *}), {@code ${*}}, {@code ${?}}, {@code ${$}} as literal
   * characters, defaults applied for absent keys. Empty when a variable has no value and no default:
   * the policy entry then matches nothing (iam-semantics.md §2.4, §3.11).
   */
  Optional<Wildcard> resolve(RequestContext context);
}
