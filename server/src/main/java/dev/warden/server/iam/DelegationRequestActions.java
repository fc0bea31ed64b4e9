package dev.warden.server.iam;

import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.query.ConstraintViolation;
import dev.warden.server.query.QueryParameters;
import dev.warden.server.query.ValidationErrors;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * IAM temporary delegation: an AWS Partner, onboarded with AWS, creates a delegation request for a
 * customer account (CreateDelegationRequest), the customer reviews it in the AWS console and accepts
 * or rejects it, IAM sends a trade-in token to the partner's SNS topic (SendDelegationToken) and the
 * partner exchanges it with STS GetDelegatedAccessToken. The API reference says CreateDelegationRequest
 * "is not available for general use" without that onboarding.
 *
 * <p>A Warden installation has no onboarded partners, console or notification channel, so no
 * delegation request can ever exist in it. Each operation validates its parameters against the IAM
 * model and then answers as AWS does for that state: CreateDelegationRequest is refused
 * (AccessDenied: the caller is not an onboarded partner), operations that name a request find none
 * (NoSuchEntity, their modelled error), ListDelegationRequests lists none, and GetHumanReadableSummary
 * supports only delegation-request ARNs (InvalidInput for any other entity).
 */
final class DelegationRequestActions {

    static final List<String> ACTIONS_ON_ONE_REQUEST = List.of("GetDelegationRequest", "AcceptDelegationRequest",
            "RejectDelegationRequest", "AssociateDelegationRequest", "UpdateDelegationRequest", "SendDelegationToken");

    static final Pattern REQUEST_ID = Pattern.compile("[\\w-]+");
    static final Pattern TEXT = Pattern.compile("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*");
    static final Pattern NONEMPTY_TEXT = Pattern.compile("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]+");
    static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    static final Pattern OWNER_ID = Pattern.compile("^[a-zA-Z0-9:/+=,.@_-]+$");
    static final Pattern NOTIFICATION_CHANNEL = Pattern.compile("^[a-zA-Z0-9:_.-]+$");
    static final Pattern REDIRECT_URL = Pattern.compile(
            "^http(s?)://[a-zA-Z0-9._/-]*(\\?[a-zA-Z0-9._=&-]*)?(#[a-zA-Z0-9._/-]*)?$");
    static final Pattern PARAMETER_NAME = Pattern.compile("[ -~]+");
    static final List<String> PARAMETER_TYPES = List.of("string", "stringList");
    static final String SUMMARY_ENTITY_TYPE = ":delegation-request/";

    private DelegationRequestActions() {}

    static void register(ActionTable table, String accountId) {
        table.add("CreateDelegationRequest", r -> {
            validateCreate(r);
            throw new AwsError(AwsErrorCode.ACCESS_DENIED, "Account " + accountId
                    + " is not onboarded as a partner for IAM temporary delegation.");
        });
        for (String action : ACTIONS_ON_ONE_REQUEST) {
            table.add(action, r -> {
                String id = requestId(r);
                String notes = r.optional("Notes");
                if (notes != null) {
                    new ValidationErrors().length(r.params().memberPath("Notes"), notes, 0, 500)
                            .pattern(r.params().memberPath("Notes"), notes, TEXT).throwIfAny();
                }
                throw notFound(id);
            });
        }
        table.add("ListDelegationRequests", r -> {
            ValidationErrors errors = new ValidationErrors();
            String ownerId = r.optional("OwnerId");
            if (ownerId != null) {
                errors.length(r.params().memberPath("OwnerId"), ownerId, 20, 2048)
                        .pattern(r.params().memberPath("OwnerId"), ownerId, OWNER_ID);
            }
            errors.throwIfAny(); // Marker and MaxItems: SharedMemberConstraints, before every IAM action
            // The model spells this member isTruncated, unlike every other IAM list.
            return xml -> xml.start("DelegationRequests").end().element("isTruncated", false);
        });
        table.add("GetHumanReadableSummary", r -> {
            String arn = r.required("EntityArn");
            ValidationErrors errors = new ValidationErrors().length(r.params().memberPath("EntityArn"), arn, 20, 2048);
            String locale = r.optional("Locale");
            if (locale != null) {
                errors.length(r.params().memberPath("Locale"), locale, 2, 12);
            }
            errors.throwIfAny();
            int type = arn.indexOf(SUMMARY_ENTITY_TYPE);
            if (!arn.startsWith("arn:") || type < 0) {
                throw new AwsError(AwsErrorCode.INVALID_INPUT,
                        "The entity type of " + arn + " is not supported; only delegation-request is.");
            }
            throw notFound(arn.substring(type + SUMMARY_ENTITY_TYPE.length()));
        });
    }

    private static String requestId(IamRequest r) {
        String id = r.required("DelegationRequestId");
        new ValidationErrors().length(r.params().memberPath("DelegationRequestId"), id, 16, 128)
                .pattern(r.params().memberPath("DelegationRequestId"), id, REQUEST_ID).throwIfAny();
        return id;
    }

    private static AwsError notFound(String id) {
        return new AwsError(AwsErrorCode.NO_SUCH_ENTITY, "The delegation request with id " + id + " cannot be found.");
    }

    /** CreateDelegationRequest's members, as the IAM model constrains them; every violation at once. */
    private static void validateCreate(IamRequest r) {
        QueryParameters params = r.params();
        ValidationErrors errors = new ValidationErrors();
        String description = r.optional("Description");
        errors.notNull(params.memberPath("Description"), description);
        if (description != null) {
            errors.length(params.memberPath("Description"), description, 0, 1000)
                    .pattern(params.memberPath("Description"), description, TEXT);
        }
        Optional<QueryParameters> permissions = params.struct("Permissions");
        if (permissions.isEmpty() && !params.has("Permissions")) {
            errors.add(ConstraintViolation.notNull(params.memberPath("Permissions")));
        }
        permissions.ifPresent(p -> validatePermissions(p, errors));
        optionalText(r, errors, "RequestMessage", 0, 200, TEXT);
        String workflow = r.optional("RequestorWorkflowId");
        errors.notNull(params.memberPath("RequestorWorkflowId"), workflow);
        optionalText(r, errors, "RequestorWorkflowId", 5, 400, NONEMPTY_TEXT);
        optionalText(r, errors, "RedirectUrl", 1, 255, REDIRECT_URL);
        String channel = r.optional("NotificationChannel");
        errors.notNull(params.memberPath("NotificationChannel"), channel);
        optionalText(r, errors, "NotificationChannel", 2, 400, NOTIFICATION_CHANNEL);
        String owner = r.optional("OwnerAccountId");
        if (owner != null) {
            errors.pattern(params.memberPath("OwnerAccountId"), owner, ACCOUNT_ID);
        }
        Integer duration = r.optionalInt("SessionDuration");
        errors.notNull(params.memberPath("SessionDuration"), duration);
        if (duration != null) {
            errors.range(params.memberPath("SessionDuration"), duration, 300, 43_200);
        }
        r.optionalBoolean("OnlySendByOwner");
        errors.throwIfAny();
    }

    private static void validatePermissions(QueryParameters permissions, ValidationErrors errors) {
        permissions.optionalString("PolicyTemplateArn").ifPresent(arn ->
                errors.length(permissions.memberPath("PolicyTemplateArn"), arn, 20, 2048));
        List<QueryParameters> parameters = permissions.structList("Parameters");
        errors.listSize(permissions.memberPath("Parameters"), parameters, 50);
        for (QueryParameters parameter : parameters) {
            parameter.optionalString("Name").ifPresent(name -> errors
                    .length(parameter.memberPath("Name"), name, 5, 256)
                    .pattern(parameter.memberPath("Name"), name, PARAMETER_NAME));
            parameter.optionalString("Type").filter(type -> !PARAMETER_TYPES.contains(type)).ifPresent(type ->
                    errors.add(new ConstraintViolation(parameter.memberPath("Type"), type,
                            "Member must satisfy enum value set: [" + String.join(", ", PARAMETER_TYPES) + "]")));
        }
    }

    private static void optionalText(IamRequest r, ValidationErrors errors, String name, int min, int max,
            Pattern pattern) {
        String value = r.optional(name);
        if (value != null) {
            errors.length(r.params().memberPath(name), value, min, max).pattern(r.params().memberPath(name), value, pattern);
        }
    }
}
