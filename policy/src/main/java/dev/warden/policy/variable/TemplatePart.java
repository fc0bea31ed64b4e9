package dev.warden.policy.variable;

import java.util.Optional;

/** One piece of a {@link PolicyTemplate}. */
public sealed interface TemplatePart {

  /**
   * Text written in the policy. Its {@code *} and {@code ?} are wildcards where the policy element
   * allows wildcards (Like operators, Resource).
   */
  record Literal(String text) implements TemplatePart {}

  /**
   * One of the escapes {@code ${*}}, {@code ${?}}, {@code ${$}}: the character itself, never a
   * wildcard.
   */
  record Escape(char character) implements TemplatePart {}

  /**
   * A policy variable {@code ${name}} or {@code ${name, 'default'}}.
   *
   * @param name the context key as written (looked up case-insensitively)
   * @param defaultValue used when the key has no usable value
   * @param offset 0-based index of the {@code $} in the template text
   */
  record Variable(String name, Optional<String> defaultValue, int offset) implements TemplatePart {}
}
