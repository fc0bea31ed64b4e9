package dev.warden.policy.eval;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Collects what conditions and resource variables looked for while one decision is explained. */
final class Explainer {
  /** Used on the fast path: records nothing. */
  static final Explainer NONE = new Explainer(false);

  private final boolean recording;
  private final Set<String> missingKeys = new LinkedHashSet<>();
  private final Map<String, String> resolvedVariables = new LinkedHashMap<>();

  Explainer(boolean recording) {
    this.recording = recording;
  }

  void missingKey(String key) {
    if (recording) {
      missingKeys.add(key);
    }
  }

  void resolvedVariable(String name, String value) {
    if (recording) {
      resolvedVariables.putIfAbsent(name, value);
    }
  }

  boolean recording() {
    return recording;
  }

  Set<String> missingKeys() {
    return missingKeys;
  }

  Map<String, String> resolvedVariables() {
    return resolvedVariables;
  }
}
