package dev.warden.server.iam;

import dev.warden.policy.arn.Arn;
import dev.warden.policy.context.ContextKeyType;
import dev.warden.policy.context.ContextValue;
import dev.warden.policy.context.RequestContext;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.query.ConstraintViolation;
import dev.warden.server.query.QueryParameters;
import dev.warden.server.query.ValidationErrors;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The members SimulatePrincipalPolicy and SimulateCustomPolicy share (iam-semantics.md §10):
 * ActionNames, ResourceArns (default {@code *}), ResourcePolicy, ResourceOwner, CallerArn,
 * ContextEntries and paging. The simulator derives no context keys of its own: a key the policies
 * need and the request does not give is reported in MissingContextValues.
 *
 * @param resourceOwner the account owning the resources, from {@code arn:aws:iam::ACCOUNT:root}
 * @param callerArn null when not given
 * @param resourcePolicy null when not given
 * @param afterIndex how many results earlier pages returned (from the Marker)
 */
record SimulationInput(
        List<String> actions,
        List<String> resources,
        String resourcePolicy,
        Optional<String> resourceOwner,
        String callerArn,
        RequestContext context,
        int maxItems,
        int afterIndex) {

    private static final Pattern ACCOUNT_ARN = Pattern.compile("arn:aws:iam::(\\d{12}):root");
    private static final List<String> TYPES = Arrays.stream(ContextKeyType.values()).map(ContextKeyType::awsName).toList();

    static SimulationInput read(IamRequest request) {
        QueryParameters params = request.params();
        List<String> actions = request.requiredStrings("ActionNames");
        ValidationErrors errors = new ValidationErrors();
        for (int i = 0; i < actions.size(); i++) {
            errors.length("actionNames." + (i + 1) + ".member", actions.get(i), 3, 128);
        }
        List<String> resources = request.strings("ResourceArns");
        for (int i = 0; i < resources.size(); i++) {
            errors.length("resourceArns." + (i + 1) + ".member", resources.get(i), 1, 2048);
        }
        // ResourceNameType (1-2048) and ResourceHandlingOptionType (1-64) in the IAM model.
        optionalLength(request, "ResourceOwner", "resourceOwner", 2048, errors);
        optionalLength(request, "CallerArn", "callerArn", 2048, errors);
        optionalLength(request, "ResourceHandlingOption", "resourceHandlingOption", 64, errors);
        errors.throwIfAny();
        for (String resource : resources) {
            // AWS's text, as quoted in public reports of SimulatePrincipalPolicy with a KMS key id.
            if (!resource.equals("*") && Arn.parse(resource).isEmpty()) {
                throw new AwsError(AwsErrorCode.INVALID_INPUT,
                        "ResourceNames are not in a valid ARN format: " + resource + ".");
            }
        }
        if (actions.isEmpty()) {
            throw new AwsError(AwsErrorCode.INVALID_INPUT, "ActionNames must name at least one action.");
        }
        String owner = request.optional("ResourceOwner");
        Optional<String> ownerAccount = Optional.empty();
        if (owner != null) {
            Matcher m = ACCOUNT_ARN.matcher(owner);
            if (!m.matches()) {
                // AWS's text (sic), as quoted in boto/botocore#1346.
                throw new AwsError(AwsErrorCode.INVALID_INPUT, "'" + owner + "' is not a valid as a Resource Owner.");
            }
            ownerAccount = Optional.of(m.group(1));
        }
        String marker = ListMarker.decode(request.optional("Marker"));
        int after = 0;
        if (marker != null) {
            try {
                after = Integer.parseInt(marker);
            } catch (NumberFormatException e) {
                throw new AwsError(AwsErrorCode.INVALID_INPUT, "Invalid Marker.");
            }
        }
        return new SimulationInput(actions, resources.isEmpty() ? List.of("*") : resources,
                request.optional("ResourcePolicy"), ownerAccount, request.optional("CallerArn"),
                context(params), MaxItems.of(request), after);
    }

    private static void optionalLength(IamRequest request, String name, String memberPath, int max,
            ValidationErrors errors) {
        String value = request.optional(name);
        if (value != null) {
            errors.length(memberPath, value, 1, max);
        }
    }

    private static RequestContext context(QueryParameters params) {
        RequestContext.Builder context = RequestContext.builder();
        for (QueryParameters entry : params.structList("ContextEntries")) {
            String name = entry.optionalString("ContextKeyName").orElse(null);
            String typeName = entry.optionalString("ContextKeyType").orElse(null);
            ValidationErrors errors = new ValidationErrors()
                    .notNull(entry.memberPath("ContextKeyName"), name)
                    .notNull(entry.memberPath("ContextKeyType"), typeName);
            errors.throwIfAny();
            errors.length(entry.memberPath("ContextKeyName"), name, 5, 256);
            if (!TYPES.contains(typeName)) {
                errors.add(new ConstraintViolation(entry.memberPath("ContextKeyType"), typeName,
                        "Member must satisfy enum value set: [" + String.join(", ", TYPES) + "]"));
            }
            errors.throwIfAny();
            ContextKeyType type = ContextKeyType.fromAwsName(typeName).orElseThrow();
            List<String> values = entry.stringList("ContextKeyValues");
            if (!type.multiValued() && values.size() != 1) {
                throw new AwsError(AwsErrorCode.INVALID_INPUT, "Context key " + name + " of type " + typeName
                        + " takes exactly one value, not " + values.size() + ".");
            }
            context.put(name, new ContextValue(type, values));
        }
        return context.build();
    }
}
