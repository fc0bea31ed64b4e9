package dev.warden.catalog.lint;

import dev.warden.catalog.Action;
import dev.warden.policy.document.Statement;
import dev.warden.policy.document.ValueElement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A statement with its action entries resolved against the catalogue once, for all checks. No set
 * of all matched actions is built: broad patterns would make that large for every statement.
 */
record StatementFacts(Statement statement, List<ActionEntry> actions) {
  StatementFacts {
    actions = List.copyOf(actions);
  }

  static StatementFacts of(Statement statement, ExpansionCache expansions) {
    ValueElement element = statement.action();
    List<ActionEntry> entries = new ArrayList<>();
    for (int i = 0; i < element.values().size(); i++) {
      String pattern = element.values().get(i);
      entries.add(ActionEntry.of(i, pattern, element.positions().get(i), expansions.expand(pattern)));
    }
    return new StatementFacts(statement, entries);
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

  /** True when some entry names at least one catalogue action. */
  boolean hasKnownActions() {
    return actions.stream().anyMatch(e -> !e.expansion().isEmpty());
  }

  /** For messages: empty when the statement always applies, else a sentence naming its condition keys. */
  String conditionNote() {
    if (statement.conditions().isEmpty()) {
      return "";
    }
    return " The statement applies only when its Condition ("
        + String.join(", ", statement.conditions().stream().map(c -> c.key()).distinct().toList()) + ") matches.";
  }

  /** The catalogue actions the entries match; an action matched by two entries comes twice. */
  Stream<Action> matchedActions() {
    return actions.stream().flatMap(e -> e.expansion().stream());
  }
}
