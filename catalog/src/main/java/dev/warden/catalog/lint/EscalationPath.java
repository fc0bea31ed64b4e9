package dev.warden.catalog.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An escalation method whose actions are all allowed, with the statements that allow each one.
 *
 * @param grants for each action of the method, the statements that allow it
 * @param conditionalDenies for actions a Deny blocks only under conditions, those Deny statements
 */
public record EscalationPath(EscalationMethod method, Map<String, List<ActionGrant>> grants,
    Map<String, List<ActionGrant>> conditionalDenies) {
  public EscalationPath {
    grants = Map.copyOf(grants);
    conditionalDenies = Map.copyOf(conditionalDenies);
  }

  /** The complete methods in {@code granted}, in {@link EscalationMethods#ALL} order. */
  public static List<EscalationPath> find(ActionGrants granted) {
    List<EscalationPath> paths = new ArrayList<>();
    for (EscalationMethod method : EscalationMethods.ALL) {
      if (!method.actions().stream().allMatch(granted::allowed)) {
        continue;
      }
      Map<String, List<ActionGrant>> grants = new LinkedHashMap<>();
      Map<String, List<ActionGrant>> denies = new LinkedHashMap<>();
      for (String action : method.actions()) {
        grants.put(action, granted.allows(action));
        if (!granted.conditionalDenies(action).isEmpty()) {
          denies.put(action, granted.conditionalDenies(action));
        }
      }
      paths.add(new EscalationPath(method, grants, denies));
    }
    return paths;
  }

  /** The first statement that allows the method's first action: where a finding points. */
  public ActionGrant anchor() {
    return grants.get(method.actions().get(0)).get(0);
  }

  /** True when some action is allowed only by statements with conditions. */
  public boolean conditional() {
    return grants.values().stream().anyMatch(list -> list.stream().allMatch(ActionGrant::conditional));
  }

  /**
   * One line for people: the method, how it is abused, which statements allow each action and
   * whether conditions or conditional Denies stand in the way.
   */
  public String describe() {
    StringBuilder out = new StringBuilder(method.name()).append(" (").append(String.join(" + ", method.actions()))
        .append("): ").append(method.how()).append(". Allowed by ");
    List<String> parts = new ArrayList<>();
    for (String action : method.actions()) {
      ActionGrant first = firstUnconditional(grants.get(action)).orElse(grants.get(action).get(0));
      parts.add(action + " in " + first.describe());
    }
    out.append(String.join("; ", parts)).append('.');
    conditionalDenies.forEach((action, denies) ->
        out.append(" A Deny in ").append(denies.get(0).describe()).append(" blocks ").append(action).append(" then."));
    return out.toString();
  }

  private static Optional<ActionGrant> firstUnconditional(List<ActionGrant> grants) {
    return grants.stream().filter(g -> !g.conditional()).findFirst();
  }
}
