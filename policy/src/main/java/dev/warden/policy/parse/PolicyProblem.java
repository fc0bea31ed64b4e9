package dev.warden.policy.parse;

import dev.warden.policy.document.SourcePosition;
import java.util.Objects;

/**
 * One thing wrong with a policy document.
 *
 * @param errorClass the AWS error code to report it under
 * @param message AWS's message text for this class of problem (what the wire response carries,
 *     e.g. {@code Syntax errors in policy.})
 * @param detail what exactly is wrong, naming the element or value (Warden's own words; AWS's
 *     messages are often too terse to act on)
 * @param position where in the text; {@link SourcePosition#UNKNOWN} for whole-document problems
 *     such as size
 */
public record PolicyProblem(
    PolicyErrorClass errorClass, String message, String detail, SourcePosition position) {
  public PolicyProblem {
    Objects.requireNonNull(errorClass, "errorClass");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(position, "position");
  }

  /** AWS's message followed by the detail and position, for humans: explain, don't just reject. */
  public String explanation() {
    String where =
        position.equals(SourcePosition.UNKNOWN)
            ? ""
            : " (line " + position.line() + ", column " + position.column() + ")";
    return message + " " + detail + where;
  }

  @Override
  public String toString() {
    return errorClass.awsCode() + ": " + explanation();
  }
}
