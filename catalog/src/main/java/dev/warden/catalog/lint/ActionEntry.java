package dev.warden.catalog.lint;

import dev.warden.catalog.Action;
import dev.warden.policy.document.SourcePosition;
import dev.warden.policy.match.Wildcard;
import java.util.List;

/**
 * One Action or NotAction entry of a statement with the actions it expands to in the catalogue.
 *
 * @param index position in the element's list
 * @param expansion the catalogue actions it matches; empty for unknown names and patterns
 * @param matcher the pattern compiled over full action names, ignoring case
 */
record ActionEntry(int index, String pattern, SourcePosition position, List<Action> expansion, Wildcard matcher) {
  static ActionEntry of(int index, String pattern, SourcePosition position, List<Action> expansion) {
    return new ActionEntry(index, pattern, position, expansion, Wildcard.compile(pattern, true));
  }

  boolean isWildcard() {
    return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0;
  }

  boolean isEverything() {
    return pattern.equals("*");
  }

  /**
   * Whether this entry matches {@code action}. Names have exactly one colon and so do patterns
   * that expand to anything, so matching the full name is the same as matching prefix and name apart.
   */
  boolean matches(Action action) {
    return matcher.matches(action.fullName());
  }

  /**
   * Whether every action this entry can ever match is matched by {@code other} as well: a literal
   * name must be matched by the other entry; a pattern must be matched by the other pattern taken
   * as text (so actions AWS adds later stay covered) and, as the data says, be a subset. False when
   * the budget runs out.
   */
  boolean coveredBy(ActionEntry other, WorkBudget budget) {
    if (expansion.isEmpty()) {
      return pattern.equalsIgnoreCase(other.pattern);
    }
    if (!isWildcard()) {
      return other.matches(expansion.get(0));
    }
    if (other.pattern.indexOf('?') >= 0 && pattern.indexOf('*') >= 0 && !pattern.equalsIgnoreCase(other.pattern)) {
      return false; // "?" stands for one character, "*" for any number
    }
    if (expansion.size() > other.expansion.size() || !other.matcher.matches(pattern)) {
      return false;
    }
    if (other.isEverything()) {
      return true;
    }
    if (!budget.spend(expansion.size())) {
      return false;
    }
    for (Action action : expansion) {
      if (!other.matches(action)) {
        return false;
      }
    }
    return true;
  }
}
