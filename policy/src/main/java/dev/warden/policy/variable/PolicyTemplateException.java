package dev.warden.policy.variable;

/**
 * A malformed {@code ${...}} in policy text. {@link #offset()} is the 0-based index in the text
 * where the problem starts, so the caller can turn it into a line and column of the document.
 */
public final class PolicyTemplateException extends IllegalArgumentException {
  private final int offset;
  private final String text;

  public PolicyTemplateException(String message, String text, int offset) {
    super(message + " at offset " + offset + " in '" + text + "'");
    this.offset = offset;
    this.text = text;
  }

  /** 0-based index into {@link #text()} where the malformed variable starts. */
  public int offset() {
    return offset;
  }

  /** The whole text that failed to parse. */
  public String text() {
    return text;
  }
}
