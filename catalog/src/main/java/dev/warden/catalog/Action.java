package dev.warden.catalog;

import java.util.List;

/**
 * An IAM action of the reference, e.g. {@code s3:GetObject}.
 *
 * @param service the service prefix, lower case ({@code s3})
 * @param name the action name in AWS's case ({@code GetObject})
 * @param resourceTypes the resource types it acts on; empty when it supports only {@code "*"}
 * @param conditionKeys keys AWS lists on the action itself (resource-level keys are on the
 *     resource types; {@link Catalog#supportedConditionKeys} combines both)
 * @param description AWS's one-line description; empty when the data carries none
 */
public record Action(
    String service,
    String name,
    AccessLevel accessLevel,
    List<ActionResource> resourceTypes,
    List<String> conditionKeys,
    List<String> dependentActions,
    String description) {
  public Action {
    resourceTypes = List.copyOf(resourceTypes);
    conditionKeys = List.copyOf(conditionKeys);
    dependentActions = List.copyOf(dependentActions);
  }

  /** {@code service:Name}, as written in policies. */
  public String fullName() {
    return service + ":" + name;
  }

  /** True when the action can only be granted on {@code "Resource": "*"}. */
  public boolean supportsOnlyWildcardResource() {
    return resourceTypes.isEmpty();
  }

  @Override
  public String toString() {
    return fullName();
  }
}
