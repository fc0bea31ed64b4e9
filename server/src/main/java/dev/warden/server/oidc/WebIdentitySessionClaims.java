package dev.warden.server.oidc;

import dev.warden.core.model.Tag;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an OIDC ID token asks for the role session besides the identity (IAM User Guide, "Passing
 * session tags using AssumeRoleWithWebIdentity" and "Monitor and control actions taken with assumed
 * roles"): session tags and transitive tag keys in the {@value #TAGS} claim,
 *
 * <pre>{"principal_tags": {"Project": ["Automation"]}, "transitive_tag_keys": ["Project"]}</pre>
 *
 * and a source identity in the {@value #SOURCE_IDENTITY} claim. Each tag has exactly one value, given
 * as a one-element array as AWS documents it (a plain string is accepted as well). A claim of another
 * shape makes the token unusable ({@code InvalidIdentityToken}); the limits on tags and on the source
 * identity are the session's and are checked where the session is issued.
 */
public record WebIdentitySessionClaims(List<Tag> sessionTags, List<String> transitiveTagKeys,
        Optional<String> sourceIdentity) {

    public static final String TAGS = "https://aws.amazon.com/tags";
    public static final String SOURCE_IDENTITY = "https://aws.amazon.com/source_identity";
    static final String PRINCIPAL_TAGS = "principal_tags";
    static final String TRANSITIVE_TAG_KEYS = "transitive_tag_keys";

    public WebIdentitySessionClaims {
        sessionTags = List.copyOf(sessionTags);
        transitiveTagKeys = List.copyOf(transitiveTagKeys);
    }

    public boolean tagsSession() {
        return !sessionTags.isEmpty() || !transitiveTagKeys.isEmpty();
    }

    /** @throws AwsError {@code InvalidIdentityToken} for a tags or source identity claim of another shape */
    static WebIdentitySessionClaims of(Map<String, Object> claims) {
        Object source = claims.get(SOURCE_IDENTITY);
        if (source != null && !(source instanceof String)) {
            throw invalid("The " + SOURCE_IDENTITY + " claim must be a string.");
        }
        Object tagsClaim = claims.get(TAGS);
        if (tagsClaim == null) {
            return new WebIdentitySessionClaims(List.of(), List.of(), Optional.ofNullable((String) source));
        }
        if (!(tagsClaim instanceof Map<?, ?> tagsObject)) {
            throw invalid("The " + TAGS + " claim must be a JSON object with principal_tags and transitive_tag_keys.");
        }
        return new WebIdentitySessionClaims(principalTags(tagsObject.get(PRINCIPAL_TAGS)),
                transitiveKeys(tagsObject.get(TRANSITIVE_TAG_KEYS)), Optional.ofNullable((String) source));
    }

    private static List<Tag> principalTags(Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof Map<?, ?> tags)) {
            throw invalid("principal_tags in the " + TAGS + " claim must be a JSON object of tag keys to values.");
        }
        List<Tag> result = new ArrayList<>();
        for (Map.Entry<?, ?> tag : tags.entrySet()) {
            result.add(new Tag(String.valueOf(tag.getKey()), singleValue(String.valueOf(tag.getKey()), tag.getValue())));
        }
        return result;
    }

    private static String singleValue(String key, Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof List<?> values && values.size() == 1 && values.get(0) instanceof String text) {
            return text;
        }
        throw invalid("The session tag " + key + " in the " + TAGS + " claim must have exactly one string value.");
    }

    private static List<String> transitiveKeys(Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> keys) || !keys.stream().allMatch(String.class::isInstance)) {
            throw invalid("transitive_tag_keys in the " + TAGS + " claim must be an array of tag keys.");
        }
        return keys.stream().map(String.class::cast).toList();
    }

    private static AwsError invalid(String message) {
        return new AwsError(AwsErrorCode.INVALID_IDENTITY_TOKEN, message);
    }
}
