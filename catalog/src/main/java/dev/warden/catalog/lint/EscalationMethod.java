package dev.warden.catalog.lint;

import java.util.List;

/**
 * One published way to escalate privileges: when a principal may call every action of the set on
 * any resource, it can gain permissions it was not given.
 *
 * @param name the method's name as published (Cloudsplaining, Rhino Security Labs)
 * @param actions the actions it needs, all of them
 * @param how one sentence on how the actions are abused
 */
public record EscalationMethod(String name, List<String> actions, String how) {
  public EscalationMethod {
    actions = List.copyOf(actions);
  }
}
