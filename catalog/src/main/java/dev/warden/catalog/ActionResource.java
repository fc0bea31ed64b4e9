package dev.warden.catalog;

import java.util.List;

/**
 * One resource type an action can act on (a row of the "Resource types" column).
 *
 * @param resourceType the resource type's name in the action's service, e.g. {@code object}
 * @param required true when AWS marks it with {@code *}: the action always needs this resource
 * @param conditionKeys keys AWS lists for the action on this resource type
 * @param dependentActions actions AWS also checks when this resource is used
 */
public record ActionResource(
    String resourceType, boolean required, List<String> conditionKeys, List<String> dependentActions) {
  public ActionResource {
    conditionKeys = List.copyOf(conditionKeys);
    dependentActions = List.copyOf(dependentActions);
  }
}
