package dev.warden.core.sts;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.error.IamException;
import dev.warden.core.model.Tag;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** STS parameter rules (iam-semantics §6.2, 6.3, 6.6) that need no policy evaluation. */
public final class StsInputRules {
    private static final String SESSION_NAME_TEXT = "[\\w+=,.@-]*";
    private static final Pattern SESSION_NAME = Pattern.compile(SESSION_NAME_TEXT);
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
    public static final int MIN_DURATION = 900;
    public static final int MAX_ROLE_DURATION = 43_200;
    public static final int CHAINED_MAX_DURATION = 3_600;
    public static final int DEFAULT_ROLE_DURATION = 3_600;
    public static final int MAX_USER_SESSION_TOKEN_DURATION = 129_600;
    public static final int DEFAULT_USER_SESSION_TOKEN_DURATION = 43_200;
    public static final int MAX_ROOT_SESSION_TOKEN_DURATION = 3_600;
    public static final int MAX_SESSION_POLICY_CHARS = 2_048;
    public static final int MAX_POLICY_ARNS = 10;
    public static final int MAX_SESSION_TAGS = 50;
    /** Reserved for AWS in session tag keys as in IAM tags (IAM User Guide, "Tagging IAM resources"). */
    private static final String RESERVED_TAG_PREFIX = "aws:";
    static final String RESERVED_TAG_KEY = "User-defined tag keys can't start with 'aws:'. This prefix is reserved for AWS.";

    private StsInputRules() {
    }

    public static String roleSessionName(String value) {
        return identifier("roleSessionName", value);
    }

    /** SourceIdentity: like a session name, and not starting with the reserved "aws:". */
    public static String sourceIdentity(String value) {
        if (value == null) {
            return null;
        }
        identifier("sourceIdentity", value);
        if (value.toLowerCase(Locale.ROOT).startsWith("aws:")) {
            throw invalid("sourceIdentity", value, "Member must not start with 'aws:'");
        }
        return value;
    }

    /** AssumeRole's DurationSeconds against the role's MaxSessionDuration and the role-chaining cap. */
    public static Duration assumeRoleDuration(Integer requested, int roleMaxSessionDuration, boolean roleChaining) {
        int seconds = requested == null ? DEFAULT_ROLE_DURATION : requested;
        range("durationSeconds", seconds, MIN_DURATION, MAX_ROLE_DURATION);
        if (roleChaining && seconds > CHAINED_MAX_DURATION) {
            throw new IamException(IamErrorCode.VALIDATION_ERROR, "The requested DurationSeconds exceeds the 1 hour "
                    + "session limit for roles assumed by role chaining.");
        }
        if (seconds > roleMaxSessionDuration) {
            throw new IamException(IamErrorCode.VALIDATION_ERROR,
                    "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
        }
        return Duration.ofSeconds(seconds);
    }

    /** GetSessionToken's DurationSeconds: users up to 36 h (default 12 h), root up to 1 h (default 1 h). */
    public static Duration sessionTokenDuration(Integer requested, boolean root) {
        int max = root ? MAX_ROOT_SESSION_TOKEN_DURATION : MAX_USER_SESSION_TOKEN_DURATION;
        int seconds = requested == null ? (root ? MAX_ROOT_SESSION_TOKEN_DURATION : DEFAULT_USER_SESSION_TOKEN_DURATION)
                : requested;
        range("durationSeconds", seconds, MIN_DURATION, max);
        return Duration.ofSeconds(seconds);
    }

    /** Inline session policy and PolicyArns: plaintext at most 2,048 characters, at most 10 ARNs. */
    public static void sessionPolicies(String policy, List<String> policyArns) {
        if (policy != null) {
            if (policy.isEmpty()) {
                throw invalid("policy", "", "Member must have length greater than or equal to 1");
            }
            if (policy.length() > MAX_SESSION_POLICY_CHARS) {
                throw invalid("policy", "<policy>", "Member must have length less than or equal to " + MAX_SESSION_POLICY_CHARS);
            }
        }
        if (policyArns != null && policyArns.size() > MAX_POLICY_ARNS) {
            throw invalid("policyArns", "[...]", "Member must have length less than or equal to " + MAX_POLICY_ARNS);
        }
    }

    /**
     * Session tags for a new session: checks the request's tags, refuses to override a transitive tag
     * inherited from the calling session, and returns inherited transitive tags plus the new ones.
     * Transitive keys must be among the request's tag keys; no key may start with the reserved "aws:".
     */
    public static List<Tag> sessionTags(List<Tag> requested, List<String> transitiveKeys, List<Tag> inheritedTransitive) {
        List<Tag> tags = requested == null ? List.of() : requested;
        if (tags.size() > MAX_SESSION_TAGS) {
            throw invalid("tags", "[...]", "Member must have length less than or equal to " + MAX_SESSION_TAGS);
        }
        Set<String> keys = new HashSet<>();
        for (Tag t : tags) {
            if (t.key().isEmpty() || t.key().length() > 128 || !TAG.matcher(t.key()).matches()) {
                throw invalid("tags.member.key", t.key(), "Member must satisfy the tag key constraints");
            }
            if (t.value().length() > 256 || !TAG.matcher(t.value()).matches()) {
                throw invalid("tags.member.value", t.value(), "Member must satisfy the tag value constraints");
            }
            if (t.key().toLowerCase(Locale.ROOT).startsWith(RESERVED_TAG_PREFIX)) {
                throw new IamException(IamErrorCode.INVALID_PARAMETER_VALUE, RESERVED_TAG_KEY);
            }
            if (!keys.add(t.key().toLowerCase(Locale.ROOT))) {
                throw new IamException(IamErrorCode.INVALID_PARAMETER_VALUE,
                        "Duplicate tag keys found. Please note that Tag keys are case insensitive.");
            }
        }
        if (transitiveKeys != null) {
            if (transitiveKeys.size() > MAX_SESSION_TAGS) {
                throw invalid("transitiveTagKeys", "[...]", "Member must have length less than or equal to " + MAX_SESSION_TAGS);
            }
            for (String k : transitiveKeys) {
                if (!keys.contains(k.toLowerCase(Locale.ROOT))) {
                    throw new IamException(IamErrorCode.INVALID_PARAMETER_VALUE,
                            "The specified transitive tag key must be included in the requested tags.");
                }
            }
        }
        List<Tag> result = new ArrayList<>(inheritedTransitive == null ? List.of() : inheritedTransitive);
        for (Tag t : result) {
            if (keys.contains(t.key().toLowerCase(Locale.ROOT))) {
                throw new IamException(IamErrorCode.INVALID_PARAMETER_VALUE,
                        "One of the specified transitive tag keys can't be set because it conflicts with a "
                                + "transitive tag key from the calling session.");
            }
        }
        result.addAll(tags);
        return result;
    }

    private static String identifier(String field, String value) {
        if (value == null) {
            throw invalid(field, "null", "Member must not be null");
        }
        if (value.length() < 2 || value.length() > 64) {
            throw invalid(field, value, "Member must have length between 2 and 64");
        }
        if (!SESSION_NAME.matcher(value).matches()) {
            throw invalid(field, value, "Member must satisfy regular expression pattern: " + SESSION_NAME_TEXT);
        }
        return value;
    }

    private static void range(String field, int value, int min, int max) {
        if (value < min) {
            throw invalid(field, Integer.toString(value), "Member must have value greater than or equal to " + min);
        }
        if (value > max) {
            throw invalid(field, Integer.toString(value), "Member must have value less than or equal to " + max);
        }
    }

    private static IamException invalid(String field, String value, String constraint) {
        return IamException.validation(field, value.length() > 128 ? value.substring(0, 128) + "..." : value, constraint);
    }
}
