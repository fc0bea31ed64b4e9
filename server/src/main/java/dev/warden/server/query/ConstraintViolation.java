package dev.warden.server.query;

/**
 * One failed constraint, rendered the way AWS's request validation does, e.g.
 * {@code Value 'x' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular
 * expression pattern: [\w+=,.@-]*}.
 *
 * @param value the offending value, or null when the member is missing ({@code Value null at …})
 */
public record ConstraintViolation(String memberPath, String value, String constraint, boolean valueHidden) {

    public ConstraintViolation(String memberPath, String value, String constraint) {
        this(memberPath, value, constraint, false);
    }

    public static ConstraintViolation notNull(String memberPath) {
        return new ConstraintViolation(memberPath, null, "Member must not be null");
    }

    /** For a secret member (a password): the message names the member, never its value. */
    public static ConstraintViolation ofSecret(String memberPath, String constraint) {
        return new ConstraintViolation(memberPath, null, constraint, true);
    }

    public String message() {
        if (valueHidden) {
            return "Value at '" + memberPath + "' failed to satisfy constraint: " + constraint;
        }
        String shownValue = value == null ? "null" : "'" + value + "'";
        return "Value " + shownValue + " at '" + memberPath + "' failed to satisfy constraint: " + constraint;
    }
}
