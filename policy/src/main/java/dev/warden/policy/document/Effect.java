package dev.warden.policy.document;

/** A statement's effect; AWS accepts exactly {@code Allow} and {@code Deny}, case-sensitively. */
public enum Effect {
  ALLOW("Allow"),
  DENY("Deny");

  private final String json;

  Effect(String json) {
    this.json = json;
  }

  /** The spelling used in policy documents. */
  public String json() {
    return json;
  }
}
