package dev.warden.policy.condition;

import java.util.List;

/**
 * Null: {@code "true"} holds when the key is absent (or present with no values), {@code "false"}
 * when it is present; several values OR together. Values are read ignoring case; any other value
 * never holds. Set prefixes change nothing (the test is about the key, not its values).
 */
record NullCondition(boolean holdsWhenAbsent, boolean holdsWhenPresent) {

  static NullCondition compile(List<String> values) {
    boolean absent = false;
    boolean present = false;
    for (String value : values) {
      absent |= value.equalsIgnoreCase("true");
      present |= value.equalsIgnoreCase("false");
    }
    return new NullCondition(absent, present);
  }

  boolean holds(boolean keyAbsent) {
    return keyAbsent ? holdsWhenAbsent : holdsWhenPresent;
  }
}
