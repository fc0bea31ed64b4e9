package dev.warden.policy.variable;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Records what resolving templates looked at, for explanations: each variable's value (the
 * default when it was used) and the keys that were needed but had no usable value. One trace per
 * evaluation; not thread-safe.
 */
public final class VariableTrace {
  private final Map<String, String> resolved = new LinkedHashMap<>();
  private final Set<String> missing = new LinkedHashSet<>();

  void resolved(String name, String value) {
    resolved.putIfAbsent(name, value);
  }

  void missing(String name) {
    missing.add(name);
  }

  /** Variable name as written → the value substituted for it. */
  public Map<String, String> resolved() {
    return Collections.unmodifiableMap(resolved);
  }

  /** Keys referenced by variables without a default that had no usable value. */
  public Set<String> missing() {
    return Collections.unmodifiableSet(missing);
  }
}
