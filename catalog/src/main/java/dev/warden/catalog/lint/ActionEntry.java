package dev.warden.catalog.lint;

import dev.warden.catalog.Action;
import dev.warden.policy.document.SourcePosition;
import dev.warden.policy.match.Wildcard;
import java.util.List;
import java.util.Set;

/**
 * One Action or NotAction entry of a statement with the actions it expands to in the catalogue.
 *
 * @param index position in the element's list
 * @param expansion the catalogue actions it matches; empty for unknown names and patterns
 */
record ActionEntry(int index, String pattern, SourcePosition position, List<Action> expansion) {
  ActionEntry {
    expansion = List.copyOf(expansion);
  }

  boolean isWildcard() {
    return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0;
  }

  boolean isEverything() {
    return pattern.equals("*");
  }

  /**
   * Whether every action this entry can ever match is matched by {@code other} as well: a literal
   * name must be in the other's expansion; a pattern must be matched by the other pattern taken as
   * text (so actions AWS adds later stay covered) and, as the data says, be a subset.
   */
  boolean coveredBy(ActionEntry other, Set<Action> otherExpansion) {
    if (expansion.isEmpty()) {
      return pattern.equalsIgnoreCase(other.pattern);
    }
    if (!isWildcard()) {
      return otherExpansion.contains(expansion.get(0));
    }
    if (other.pattern.indexOf('?') >= 0 && pattern.indexOf('*') >= 0 && !pattern.equalsIgnoreCase(other.pattern)) {
      return false; // "?" stands for one character, "*" for any number
    }
    return Wildcard.compile(other.pattern, true).matches(pattern) && otherExpansion.containsAll(expansion);
  }
}
