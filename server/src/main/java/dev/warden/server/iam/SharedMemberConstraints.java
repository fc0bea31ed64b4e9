package dev.warden.server.iam;

import dev.warden.server.query.ConstraintViolation;
import dev.warden.server.query.QueryParameters;
import dev.warden.server.query.ValidationErrors;
import java.util.regex.Pattern;

/**
 * Length and pattern constraints of request members that are the same in every IAM operation that
 * has them (IAM 2010-05-08 model), checked before an action runs. AWS validates a request's members
 * before it looks anything up, so an over-long {@code Marker} is a ValidationError even when the
 * user it lists for does not exist; the actions themselves looked the entity up first and answered
 * NoSuchEntity (found by tests/wire/input_constraints.py, which sends every member of the model just
 * outside its constraints). Members whose constraints differ between operations are left to each
 * action. Passwords are checked too, and their values are never quoted in the message.
 */
final class SharedMemberConstraints {

    /** markerType: the model's pattern, as AWS quotes it. */
    private static final Pattern MARKER = Pattern.compile("[\\u0020-\\u00FF]+");
    /** passwordType: tab, line feed, carriage return and Latin-1 printable characters. */
    private static final Pattern PASSWORD = Pattern.compile("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");
    /** serviceNamespaceType. */
    private static final Pattern SERVICE_NAMESPACE = Pattern.compile("[\\w-]*");

    private SharedMemberConstraints() {}

    /** @throws dev.warden.server.error.AwsError ValidationError naming every violated constraint */
    static void check(QueryParameters params) {
        ValidationErrors errors = new ValidationErrors();
        params.optionalString("Marker").ifPresent(marker -> {
            errors.length(params.memberPath("Marker"), marker, 1, 320);
            if (!marker.isEmpty()) {
                errors.pattern(params.memberPath("Marker"), marker, MARKER);
            }
        });
        // PathPrefix's pattern differs between operations (left to them); its length never does.
        params.optionalString("PathPrefix").ifPresent(prefix -> errors.length(params.memberPath("PathPrefix"), prefix,
                1, 512));
        params.optionalString("PermissionsBoundary").ifPresent(arn -> errors.length(
                params.memberPath("PermissionsBoundary"), arn, 20, 2048));
        params.optionalString("ServiceNamespace").ifPresent(namespace -> {
            errors.length(params.memberPath("ServiceNamespace"), namespace, 1, 64);
            errors.pattern(params.memberPath("ServiceNamespace"), namespace, SERVICE_NAMESPACE);
        });
        range(params, "MaxItems", 1, MaxItems.LIMIT, errors);
        // tagListType and tagKeyListType: at most 50 in any one request.
        errors.listSize(params.memberPath("Tags"), params.structList("Tags").stream().map(QueryParameters::asMap)
                .toList(), 50);
        errors.listSize(params.memberPath("TagKeys"), params.stringList("TagKeys"), 50);
        range(params, "CredentialAgeDays", 1, 36_600, errors);
        for (String name : new String[] {"Password", "OldPassword", "NewPassword"}) {
            params.optionalString(name).ifPresent(password -> password(params.memberPath(name), password, errors));
        }
        errors.throwIfAny();
    }

    /** An integer member's range; a value that is not an integer is the parameter reader's error. */
    private static void range(QueryParameters params, String name, int min, int max, ValidationErrors errors) {
        params.optionalInt(name).ifPresent(value -> errors.range(params.memberPath(name), value, min, max));
    }

    /** passwordType: 1–128 characters of the model's pattern; the message never quotes the password. */
    private static void password(String memberPath, String password, ValidationErrors errors) {
        int length = password.codePointCount(0, password.length());
        if (length < 1) {
            errors.add(ConstraintViolation.ofSecret(memberPath, "Member must have length greater than or equal to 1"));
        } else if (length > 128) {
            errors.add(ConstraintViolation.ofSecret(memberPath, "Member must have length less than or equal to 128"));
        }
        if (!password.isEmpty() && !PASSWORD.matcher(password).matches()) {
            errors.add(ConstraintViolation.ofSecret(memberPath,
                    "Member must satisfy regular expression pattern: " + PASSWORD.pattern()));
        }
    }
}
