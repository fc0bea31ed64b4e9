package dev.warden.server.iam;

import dev.warden.core.iam.ListOptions;
import dev.warden.core.model.Tag;
import dev.warden.server.QueryCall;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.principal.WardenPrincipal;
import dev.warden.server.query.ConstraintViolation;
import dev.warden.server.query.QueryParameters;
import dev.warden.server.query.ValidationErrors;
import java.util.ArrayList;
import java.util.List;

/**
 * One IAM request as the handlers read it: parameters in the core's terms (absent optional members
 * are {@code null}, which the core reads as "not given") and the signing principal.
 */
final class IamRequest {

    private final QueryCall<WardenPrincipal> call;
    private final QueryParameters params;

    IamRequest(QueryCall<WardenPrincipal> call) {
        this.call = call;
        this.params = call.params();
    }

    QueryParameters params() {
        return params;
    }

    WardenPrincipal principal() {
        return call.requireCaller().principal();
    }

    QueryCall<WardenPrincipal> call() {
        return call;
    }

    /** @throws dev.warden.server.error.AwsError ValidationError "Value null at 'x' ..." when absent */
    String required(String name) {
        return params.requiredString(name);
    }

    String optional(String name) {
        return params.optionalString(name).orElse(null);
    }

    Integer optionalInt(String name) {
        return params.optionalInt(name).orElse(null);
    }

    Boolean optionalBoolean(String name) {
        return params.optionalBoolean(name).orElse(null);
    }

    boolean flag(String name) {
        return params.optionalBoolean(name).orElse(false);
    }

    List<String> strings(String name) {
        return params.stringList(name);
    }

    /** A list member the model marks as required: absent (not even {@code Name=}) is a validation error. */
    List<String> requiredStrings(String name) {
        List<String> values = params.stringList(name);
        if (values.isEmpty() && !params.has(name)) {
            throw ValidationErrors.single(ConstraintViolation.notNull(params.memberPath(name)));
        }
        return values;
    }

    /** {@code Tags.member.N.Key/Value}; both members of each tag are required. */
    List<Tag> tags() {
        List<Tag> tags = new ArrayList<>();
        for (QueryParameters tag : params.structList("Tags")) {
            ValidationErrors errors = new ValidationErrors();
            String key = tag.optionalString("Key").orElse(null);
            String value = tag.optionalString("Value").orElse(null);
            errors.notNull(tag.memberPath("Key"), key).notNull(tag.memberPath("Value"), value).throwIfAny();
            tags.add(new Tag(key, value));
        }
        return tags;
    }

    List<Tag> requiredTags() {
        List<Tag> tags = tags();
        if (tags.isEmpty() && !params.has("Tags")) {
            throw ValidationErrors.single(ConstraintViolation.notNull(params.memberPath("Tags")));
        }
        return tags;
    }

    /** Marker, MaxItems and PathPrefix. */
    ListOptions listOptions() {
        return new ListOptions(optional("PathPrefix"), optional("Marker"), optionalInt("MaxItems"));
    }

    /** Marker and MaxItems, for lists without a PathPrefix parameter. */
    ListOptions pageOptions() {
        return new ListOptions(null, optional("Marker"), optionalInt("MaxItems"));
    }

    /**
     * The {@code UserName} parameter, or the signing user's own name when it is absent (GetUser,
     * CreateAccessKey, ListAccessKeys, ...). Callers that are not IAM users must name the user.
     */
    String userNameOrCaller() {
        String named = optional("UserName");
        if (named != null) {
            return named;
        }
        return principal().userName().orElseThrow(() -> new AwsError(AwsErrorCode.VALIDATION_ERROR,
                "Must specify userName when calling with non-User credentials"));
    }

    /** An optional enum member; the message lists the allowed values as AWS does. */
    String optionalEnum(String name, List<String> allowed) {
        String value = optional(name);
        if (value != null && !allowed.contains(value)) {
            throw ValidationErrors.single(new ConstraintViolation(params.memberPath(name), value,
                    "Member must satisfy enum value set: [" + String.join(", ", allowed) + "]"));
        }
        return value;
    }
}
