package dev.warden.server.query;

import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Collects constraint violations of one request and reports them together, as AWS does:
 * {@code 2 validation errors detected: Value … ; Value …} (code {@code ValidationError}, 400).
 *
 * <p>Patterns are the model's regular expressions and are matched against the whole value.
 */
public final class ValidationErrors {

    private final List<ConstraintViolation> violations = new ArrayList<>();

    public static AwsError single(ConstraintViolation violation) {
        return new AwsError(AwsErrorCode.VALIDATION_ERROR, render(List.of(violation)));
    }

    public ValidationErrors add(ConstraintViolation violation) {
        violations.add(violation);
        return this;
    }

    /** Length in characters (Unicode code points), inclusive bounds. */
    public ValidationErrors length(String memberPath, String value, int min, int max) {
        int length = value.codePointCount(0, value.length());
        if (length < min) {
            add(new ConstraintViolation(memberPath, value, "Member must have length greater than or equal to " + min));
        } else if (length > max) {
            add(new ConstraintViolation(memberPath, value, "Member must have length less than or equal to " + max));
        }
        return this;
    }

    /** Inclusive numeric range. */
    public ValidationErrors range(String memberPath, long value, long min, long max) {
        if (value < min) {
            add(new ConstraintViolation(memberPath, Long.toString(value),
                    "Member must have value greater than or equal to " + min));
        } else if (value > max) {
            add(new ConstraintViolation(memberPath, Long.toString(value),
                    "Member must have value less than or equal to " + max));
        }
        return this;
    }

    /** The message quotes {@code pattern.pattern()}, so compile it from the model's text. */
    public ValidationErrors pattern(String memberPath, String value, Pattern pattern) {
        if (!pattern.matcher(value).matches()) {
            add(new ConstraintViolation(memberPath, value,
                    "Member must satisfy regular expression pattern: " + pattern.pattern()));
        }
        return this;
    }

    /**
     * For a model pattern that Java cannot compile as written (e.g. {@code \u10000}, a five-digit
     * escape): matches with {@code pattern}, quotes {@code modelText} as AWS does.
     */
    public ValidationErrors pattern(String memberPath, String value, Pattern pattern, String modelText) {
        if (!pattern.matcher(value).matches()) {
            add(new ConstraintViolation(memberPath, value, "Member must satisfy regular expression pattern: " + modelText));
        }
        return this;
    }

    /** At most {@code max} list members. */
    public ValidationErrors listSize(String memberPath, java.util.List<?> items, int max) {
        if (items.size() > max) {
            add(new ConstraintViolation(memberPath, items.toString(), "Member must have length less than or equal to " + max));
        }
        return this;
    }

    public ValidationErrors notNull(String memberPath, Object value) {
        if (value == null) {
            add(ConstraintViolation.notNull(memberPath));
        }
        return this;
    }

    public List<ConstraintViolation> violations() {
        return List.copyOf(violations);
    }

    /** @throws AwsError {@code ValidationError} listing every violation, if there is any */
    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new AwsError(AwsErrorCode.VALIDATION_ERROR, render(violations));
        }
    }

    private static String render(List<ConstraintViolation> violations) {
        int n = violations.size();
        return n + " validation error" + (n == 1 ? "" : "s") + " detected: "
                + violations.stream().map(ConstraintViolation::message).collect(Collectors.joining("; "));
    }
}
