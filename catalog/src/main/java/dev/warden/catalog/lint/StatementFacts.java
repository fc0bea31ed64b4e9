package dev.warden.catalog.lint;

import dev.warden.catalog.Action;
import dev.warden.catalog.Catalog;
import dev.warden.policy.document.Statement;
import dev.warden.policy.document.ValueElement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A statement with its action entries resolved against the catalogue once, for all checks.
 *
 * @param matchedActions every catalogue action some entry matches (granted, denied or, for NotAction, excluded)
 * @param entrySets each entry's expansion as a set, for containment tests
 */
record StatementFacts(Statement statement, List<ActionEntry> actions, Set<Action> matchedActions, List<Set<Action>> entrySets) {
  StatementFacts {
    actions = List.copyOf(actions);
    matchedActions = Collections.unmodifiableSet(matchedActions);
    entrySets = List.copyOf(entrySets);
  }

  static StatementFacts of(Statement statement, Catalog catalog) {
    ValueElement element = statement.action();
    List<ActionEntry> entries = new ArrayList<>();
    List<Set<Action>> sets = new ArrayList<>();
    Set<Action> union = new LinkedHashSet<>();
    for (int i = 0; i < element.values().size(); i++) {
      String pattern = element.values().get(i);
      List<Action> expansion = catalog.expand(pattern);
      entries.add(new ActionEntry(i, pattern, element.positions().get(i), expansion));
      sets.add(Collections.unmodifiableSet(new HashSet<>(expansion)));
      union.addAll(expansion);
    }
    return new StatementFacts(statement, entries, union, sets);
  }

  int index() {
    return statement.index();
  }

  /** The element name the action entries came from. */
  String actionElement() {
    return statement.action().negated() ? "NotAction" : "Action";
  }

  boolean negatedActions() {
    return statement.action().negated();
  }

  /** True when an entry is {@code *}: every action, now and later. */
  boolean coversEveryAction() {
    return actions.stream().anyMatch(ActionEntry::isEverything);
  }
}
