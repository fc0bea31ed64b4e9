package dev.warden.catalog.lint;

import dev.warden.policy.document.ConditionEntry;
import dev.warden.policy.document.SourcePosition;
import dev.warden.policy.document.Statement;
import dev.warden.policy.match.Wildcard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A statement's Action or NotAction entries compiled for name matching, without expanding them
 * against the catalogue: the escalation analysis asks about a few dozen named actions only.
 */
record StatementActions(Statement statement, List<Wildcard> matchers) {
  static StatementActions of(Statement statement) {
    List<Wildcard> matchers = new ArrayList<>();
    for (String pattern : statement.action().values()) {
      matchers.add(Wildcard.compile(pattern, true));
    }
    return new StatementActions(statement, List.copyOf(matchers));
  }

  /**
   * Where the statement names {@code action}: the first matching Action entry, or the NotAction
   * element when it does not exclude the action; empty when the statement does not apply to it.
   */
  Optional<FindingLocation> locate(String action) {
    boolean negated = statement.action().negated();
    for (int i = 0; i < matchers.size(); i++) {
      if (matchers.get(i).matches(action)) {
        return negated ? Optional.empty()
            : Optional.of(FindingLocation.entry(statement.index(), "Action", i, statement.action().positions().get(i)));
      }
    }
    if (!negated) {
      return Optional.empty();
    }
    SourcePosition first = statement.action().positions().isEmpty() ? statement.start() : statement.action().positions().get(0);
    return Optional.of(FindingLocation.element(statement.index(), "NotAction", first));
  }

  /** The condition keys the statement depends on, in document order. */
  List<String> conditionKeys() {
    return statement.conditions().stream().map(ConditionEntry::key).distinct().toList();
  }
}
