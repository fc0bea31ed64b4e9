package dev.warden.policy.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * Numbers the distinct resource, principal and condition tests of a policy set by their structural
 * keys, so one request can remember each test's answer in a small array.
 */
final class TestSlots {
  private final Map<String, Integer> slots = new HashMap<>();

  int slotOf(String key) {
    return slots.computeIfAbsent(key, k -> slots.size());
  }

  int size() {
    return slots.size();
  }
}
