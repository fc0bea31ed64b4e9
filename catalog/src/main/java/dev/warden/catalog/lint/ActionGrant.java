package dev.warden.catalog.lint;

import java.util.List;

/**
 * A statement that allows (or denies) an action on every resource.
 *
 * @param source the policy it is in (see {@link SourcedPolicy#source})
 * @param location the Action entry (or NotAction element) that names the action
 * @param conditionKeys the keys of the statement's Condition; empty when it always applies
 */
public record ActionGrant(String source, FindingLocation location, List<String> conditionKeys) {
  public ActionGrant {
    conditionKeys = List.copyOf(conditionKeys);
  }

  public boolean conditional() {
    return !conditionKeys.isEmpty();
  }

  /** {@code policy.json Statement[0].Action[1] (3:7)}, with the condition keys when there are some. */
  public String describe() {
    String position = location.position().line() > 0 ? " (" + location.position() + ")" : "";
    String where = source.isEmpty() ? location.jsonPath() : source + " " + location.jsonPath();
    String condition = conditional() ? " only when " + String.join(", ", conditionKeys) + " match" : "";
    return where + position + condition;
  }
}
