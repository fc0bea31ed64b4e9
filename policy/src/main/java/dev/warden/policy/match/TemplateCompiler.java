package dev.warden.policy.match;

/**
 * Compiles text containing policy variables into a {@link WildcardTemplate}. The matchers depend on
 * this interface rather than on the policy-variable package, which provides the implementation
 * (e.g. {@code text -> PolicyTemplate.parse(text)}).
 */
@FunctionalInterface
public interface TemplateCompiler {
  /**
   * Compiles {@code text}, in which {@code *} and {@code ?} outside variables are wildcards.
   *
   * @param ignoreCase whether the resulting wildcards ignore case
   * @throws IllegalArgumentException when the variable syntax is malformed (e.g. an unclosed
   *     {@code ${})
   */
  WildcardTemplate compile(String text, boolean ignoreCase);
}
