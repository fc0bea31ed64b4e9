package dev.warden.server.sts;

import java.util.regex.Pattern;

/** The STS model's constraints (botocore sts 2011-06-15), patterns quoted as the model writes them. */
final class StsParameterRules {

    static final String ARN_TEXT =
            "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]+";
    /** {@link #ARN_TEXT} for Java, which reads {@code \u10000} as U+1000 followed by '0'. */
    static final Pattern ARN = Pattern.compile(
            "[\\t\\n\\r\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]+");
    static final Pattern ROLE_SESSION_NAME = Pattern.compile("[\\w+=,.@-]*");
    static final Pattern SESSION_POLICY = Pattern.compile("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");
    static final Pattern TAG_KEY = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+");
    static final Pattern TAG_VALUE = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
    static final Pattern EXTERNAL_ID = Pattern.compile("[\\w+=,.@:\\/-]*");
    static final Pattern SERIAL_NUMBER = Pattern.compile("[\\w+=/:,.@-]*");
    static final Pattern TOKEN_CODE = Pattern.compile("[\\d]*");
    static final Pattern SOURCE_IDENTITY = Pattern.compile("[\\w+=,.@-]*");
    static final Pattern ACCESS_KEY_ID = Pattern.compile("[\\w]*");

    static final int MAX_TAGS = 50;

    private StsParameterRules() {}
}
