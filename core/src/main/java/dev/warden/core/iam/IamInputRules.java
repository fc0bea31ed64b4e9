package dev.warden.core.iam;

import dev.warden.core.error.IamException;
import dev.warden.core.model.Tag;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The IAM API's model constraints (iam-semantics §7.6, botocore shapes), checked before anything
 * touches the store. Violations raise ValidationError worded like AWS's, naming the parameter in
 * lowerCamelCase as AWS does.
 */
public final class IamInputRules {
    public static final String NAME_PATTERN_TEXT = "[\\w+=,.@-]+";
    private static final Pattern NAME = Pattern.compile(NAME_PATTERN_TEXT);
    private static final String ENTITY_PATH_TEXT = "(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)";
    private static final Pattern ENTITY_PATH = Pattern.compile(ENTITY_PATH_TEXT);
    private static final String POLICY_PATH_TEXT = "((/[A-Za-z0-9\\.,\\+@=_-]+)*)/";
    private static final Pattern POLICY_PATH = Pattern.compile(POLICY_PATH_TEXT);
    private static final String PATH_PREFIX_TEXT = "\\u002F[\\u0021-\\u007F]*";
    private static final Pattern PATH_PREFIX = Pattern.compile(PATH_PREFIX_TEXT);
    private static final String DESCRIPTION_TEXT = "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*";
    private static final Pattern DESCRIPTION = Pattern.compile(DESCRIPTION_TEXT);
    // botocore's tagKeyType and tagValueType: a key has at least one character, a value may be empty.
    private static final String TAG_KEY_TEXT = "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+";
    private static final Pattern TAG_KEY = Pattern.compile(TAG_KEY_TEXT);
    private static final String TAG_VALUE_TEXT = "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*";
    private static final Pattern TAG_VALUE = Pattern.compile(TAG_VALUE_TEXT);
    private static final String POLICY_DOCUMENT_TEXT = "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+";
    private static final Pattern POLICY_DOCUMENT = Pattern.compile(POLICY_DOCUMENT_TEXT);
    private static final String VERSION_ID_TEXT = "v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?";
    private static final Pattern VERSION_ID = Pattern.compile(VERSION_ID_TEXT);
    private static final Pattern ACCESS_KEY_ID = Pattern.compile("[\\w]+");

    public static final int MAX_POLICY_DOCUMENT_CHARS = 131_072;
    public static final int MAX_TAGS = 50;
    public static final int MIN_ROLE_SESSION_DURATION = 3_600;
    public static final int MAX_ROLE_SESSION_DURATION = 43_200;
    public static final int MAX_ITEMS_LIMIT = 1_000;
    public static final int DEFAULT_MAX_ITEMS = 100;

    private IamInputRules() {
    }

    public static String userName(String value) {
        return name("userName", value, 64);
    }

    public static String roleName(String value) {
        return name("roleName", value, 64);
    }

    public static String groupName(String value) {
        return name("groupName", value, 128);
    }

    public static String policyName(String value) {
        return name("policyName", value, 128);
    }

    public static String instanceProfileName(String value) {
        return name("instanceProfileName", value, 128);
    }

    /** Entity path; null means the default "/". */
    public static String path(String value) {
        if (value == null) {
            return "/";
        }
        length("path", value, 1, 512);
        pattern("path", value, ENTITY_PATH, ENTITY_PATH_TEXT);
        return value;
    }

    public static String policyPath(String value) {
        if (value == null) {
            return "/";
        }
        length("path", value, 1, 512);
        pattern("path", value, POLICY_PATH, POLICY_PATH_TEXT);
        return value;
    }

    /** Null means no filter. */
    public static String pathPrefix(String value) {
        if (value == null) {
            return null;
        }
        length("pathPrefix", value, 1, 512);
        pattern("pathPrefix", value, PATH_PREFIX, PATH_PREFIX_TEXT);
        return value;
    }

    /** Null means no description. */
    public static String description(String value) {
        if (value == null) {
            return null;
        }
        length("description", value, 0, 1000);
        pattern("description", value, DESCRIPTION, DESCRIPTION_TEXT);
        return value;
    }

    public static int maxSessionDuration(Integer value) {
        if (value == null) {
            return MIN_ROLE_SESSION_DURATION;
        }
        if (value < MIN_ROLE_SESSION_DURATION) {
            throw IamException.validation("maxSessionDuration", value.toString(),
                    "Member must have value greater than or equal to " + MIN_ROLE_SESSION_DURATION);
        }
        if (value > MAX_ROLE_SESSION_DURATION) {
            throw IamException.validation("maxSessionDuration", value.toString(),
                    "Member must have value less than or equal to " + MAX_ROLE_SESSION_DURATION);
        }
        return value;
    }

    public static int maxItems(Integer value) {
        if (value == null) {
            return DEFAULT_MAX_ITEMS;
        }
        if (value < 1) {
            throw IamException.validation("maxItems", value.toString(), "Member must have value greater than or equal to 1");
        }
        if (value > MAX_ITEMS_LIMIT) {
            throw IamException.validation("maxItems", value.toString(),
                    "Member must have value less than or equal to " + MAX_ITEMS_LIMIT);
        }
        return value;
    }

    /** Length and character-set limits every policy document parameter has (1.12). */
    public static String policyDocument(String field, String value) {
        required(field, value);
        if (value.length() > MAX_POLICY_DOCUMENT_CHARS) {
            throw IamException.validation(field, "<document>",
                    "Member must have length less than or equal to " + MAX_POLICY_DOCUMENT_CHARS);
        }
        if (value.isEmpty()) {
            throw IamException.validation(field, "", "Member must have length greater than or equal to 1");
        }
        if (!POLICY_DOCUMENT.matcher(value).matches()) {
            throw IamException.validation(field, "<document>",
                    "Member must satisfy regular expression pattern: " + POLICY_DOCUMENT_TEXT);
        }
        return value;
    }

    public static String versionId(String value) {
        required("versionId", value);
        pattern("versionId", value, VERSION_ID, VERSION_ID_TEXT);
        return value;
    }

    public static String accessKeyId(String value) {
        required("accessKeyId", value);
        length("accessKeyId", value, 16, 128);
        pattern("accessKeyId", value, ACCESS_KEY_ID, "[\\w]+");
        return value;
    }

    public static String policyArn(String value) {
        required("policyArn", value);
        length("policyArn", value, 20, 2048);
        return value;
    }

    /**
     * Checks one request's tags: at most 50, lengths, characters, no reserved {@code aws:} prefix and
     * no two keys that differ only in case.
     */
    public static List<Tag> tags(List<Tag> tags) {
        if (tags == null) {
            return List.of();
        }
        if (tags.size() > MAX_TAGS) {
            throw IamException.validation("tags", "[...]", "Member must have length less than or equal to " + MAX_TAGS);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            Tag t = tags.get(i);
            // Members are named as AWS names them in ValidationError: tags.1.member.key, tags.1.member.value.
            String member = "tags." + (i + 1) + ".member";
            tagKey(member + ".key", t.key());
            length(member + ".value", t.value(), 0, 256);
            pattern(member + ".value", t.value(), TAG_VALUE, TAG_VALUE_TEXT);
            if (!seen.add(t.key().toLowerCase(Locale.ROOT))) {
                throw IamException.invalidInput(
                        "Duplicate tag keys found. Please note that Tag keys are case insensitive.");
            }
        }
        return List.copyOf(tags);
    }

    /** One key of an UntagX request's TagKeys, the {@code position}-th (from 1). */
    public static String untagKey(int position, String key) {
        return tagKey("tagKeys." + position + ".member", key);
    }

    private static String tagKey(String member, String key) {
        required(member, key);
        length(member, key, 1, 128);
        pattern(member, key, TAG_KEY, TAG_KEY_TEXT);
        if (key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
            throw IamException.invalidInput("User-defined tag keys can't start with 'aws:'. This prefix is reserved for AWS.");
        }
        return key;
    }

    public static void required(String field, Object value) {
        if (value == null) {
            throw IamException.validation(field, "null", "Member must not be null");
        }
    }

    static String name(String field, String value, int max) {
        required(field, value);
        length(field, value, 1, max);
        pattern(field, value, NAME, NAME_PATTERN_TEXT);
        return value;
    }

    static void length(String field, String value, int min, int max) {
        if (value.length() < min) {
            throw IamException.validation(field, shown(value), "Member must have length greater than or equal to " + min);
        }
        if (value.length() > max) {
            throw IamException.validation(field, shown(value), "Member must have length less than or equal to " + max);
        }
    }

    static void pattern(String field, String value, Pattern pattern, String patternText) {
        if (!pattern.matcher(value).matches()) {
            throw IamException.validation(field, shown(value), "Member must satisfy regular expression pattern: " + patternText);
        }
    }

    /** Echoes at most 128 characters of a bad value, as an error message should not carry a whole document. */
    private static String shown(String value) {
        return value.length() <= 128 ? value : value.substring(0, 128) + "...";
    }
}
