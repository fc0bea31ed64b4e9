package dev.warden.server.iam;

import dev.warden.server.query.QueryParameters;
import dev.warden.server.query.ValidationErrors;
import java.util.regex.Pattern;

/**
 * Length and pattern constraints of request members that are the same in every IAM operation that
 * has them (IAM 2010-05-08 model), checked before an action runs. AWS validates a request's members
 * before it looks anything up, so an over-long {@code Marker} is a ValidationError even when the
 * user it lists for does not exist; the actions themselves looked the entity up first and answered
 * NoSuchEntity (found by a sweep of every operation's string members at their maximum length + 1).
 * Members whose constraints differ between operations are left to each action.
 */
final class SharedMemberConstraints {

    /** markerType: the model's pattern, as AWS quotes it. */
    private static final Pattern MARKER = Pattern.compile("[\\u0020-\\u00FF]+");
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
        errors.throwIfAny();
    }
}
