package dev.warden.server.query;

/**
 * One failed constraint, rendered the way AWS's request validation does, e.g.
 * {@code Value 'x' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular
 * expression pattern: [\w+=,.@-]*}.
 *
 * @param value the offending value, or null when the member is missing ({@code Value null at …})
 */
public record ConstraintViolation(String memberPath, String value, String constraint) {

    public static ConstraintViolation notNull(String memberPath) {
        return new ConstraintViolation(memberPath, null, "Member must not be null");
    }

    public String message() {
        String shownValue = value == null ? "null" : "'" + value + "'";
        return "Value " + shownValue + " at '" + memberPath + "' failed to satisfy constraint: " + constraint;
    }
}
