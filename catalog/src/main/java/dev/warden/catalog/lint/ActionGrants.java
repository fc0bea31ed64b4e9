package dev.warden.catalog.lint;

import dev.warden.policy.document.Effect;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which of a set of actions a group of policies allows on every resource, after their Deny
 * statements and an optional permissions boundary: an action an unconditional Deny covers (on
 * every resource) is not allowed at all; one a conditional Deny covers keeps that Deny beside its
 * grants, so a finding can say so. Used per document (files) and per principal (all the policies
 * that apply to a user or role).
 */
public final class ActionGrants {
  private final Map<String, List<ActionGrant>> allows;
  private final Map<String, List<ActionGrant>> conditionalDenies;

  private ActionGrants(Map<String, List<ActionGrant>> allows, Map<String, List<ActionGrant>> conditionalDenies) {
    this.allows = allows;
    this.conditionalDenies = conditionalDenies;
  }

  /**
   * @param policies the policies that grant (identity policies of one principal, or one document)
   * @param boundary the principal's permissions boundary: an action it does not allow is not granted
   */
  public static ActionGrants of(Collection<String> actions, List<SourcedPolicy> policies, Optional<SourcedPolicy> boundary) {
    List<Compiled> compiled = compile(policies);
    List<Compiled> boundaryStatements = compile(boundary.map(List::of).orElse(List.of()));
    Map<String, List<ActionGrant>> allows = new LinkedHashMap<>();
    Map<String, List<ActionGrant>> conditionalDenies = new LinkedHashMap<>();
    for (String action : actions) {
      List<ActionGrant> granted = new ArrayList<>();
      List<ActionGrant> denied = new ArrayList<>();
      boolean deniedAlways = false;
      for (Compiled statement : compiled) {
        Optional<FindingLocation> location = statement.actions.locate(action);
        if (location.isEmpty() || BroadResource.of(statement.actions.statement()).isEmpty()) {
          continue;
        }
        ActionGrant grant = new ActionGrant(statement.source, location.get(), statement.actions.conditionKeys());
        if (statement.actions.statement().effect() == Effect.ALLOW) {
          granted.add(grant);
        } else if (grant.conditional()) {
          denied.add(grant);
        } else {
          deniedAlways = true;
        }
      }
      if (granted.isEmpty() || deniedAlways || (boundary.isPresent() && !boundaryAllows(boundaryStatements, action))) {
        continue;
      }
      allows.put(action, List.copyOf(granted));
      if (!denied.isEmpty()) {
        conditionalDenies.put(action, List.copyOf(denied));
      }
    }
    return new ActionGrants(allows, conditionalDenies);
  }

  /** The statements that allow {@code action}; empty when it is not allowed. */
  public List<ActionGrant> allows(String action) {
    return allows.getOrDefault(action, List.of());
  }

  public boolean allowed(String action) {
    return allows.containsKey(action);
  }

  /** Deny statements that block {@code action} when their conditions match. */
  public List<ActionGrant> conditionalDenies(String action) {
    return conditionalDenies.getOrDefault(action, List.of());
  }

  // A boundary caps: any Allow naming the action (on any resource) lets grants through, an
  // unconditional Deny on every resource does not.
  private static boolean boundaryAllows(List<Compiled> boundary, String action) {
    boolean allowed = false;
    for (Compiled statement : boundary) {
      if (statement.actions.locate(action).isEmpty()) {
        continue;
      }
      if (statement.actions.statement().effect() == Effect.ALLOW) {
        allowed = true;
      } else if (statement.actions.statement().conditions().isEmpty()
          && BroadResource.of(statement.actions.statement()).isPresent()) {
        return false;
      }
    }
    return allowed;
  }

  private static List<Compiled> compile(List<SourcedPolicy> policies) {
    List<Compiled> out = new ArrayList<>();
    for (SourcedPolicy policy : policies) {
      policy.document().statements().forEach(s -> out.add(new Compiled(policy.source(), StatementActions.of(s))));
    }
    return out;
  }

  private record Compiled(String source, StatementActions actions) {}
}
