package dev.warden.policy.eval;

import java.util.Set;

/** The compiled Action / NotAction element of a statement. */
interface ActionTest {
  boolean matches(String action);

  /**
   * The lower-case service prefixes this element can match, for indexing; {@code null} when it can
   * match actions of any service (a wildcard in the prefix, or NotAction).
   */
  Set<String> services();
}
