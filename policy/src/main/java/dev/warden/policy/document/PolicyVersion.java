package dev.warden.policy.document;

/**
 * The policy language version. Only 2012-10-17 substitutes policy variables; under 2008-10-17, or
 * without a Version element, {@code ${...}} is literal text.
 */
public enum PolicyVersion {
  V2012_10_17("2012-10-17"),
  V2008_10_17("2008-10-17"),
  ABSENT(null);

  private final String json;

  PolicyVersion(String json) {
    this.json = json;
  }

  /** The spelling in documents; {@code null} for {@link #ABSENT}. */
  public String json() {
    return json;
  }

  public boolean substitutesVariables() {
    return this == V2012_10_17;
  }
}
