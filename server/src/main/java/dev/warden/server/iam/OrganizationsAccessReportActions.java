package dev.warden.server.iam;

import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.query.ConstraintViolation;
import dev.warden.server.query.ValidationErrors;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The service last accessed report for AWS Organizations entities. Only an organization's management
 * account can generate one; a standalone account has no organization (OrganizationNotFoundException),
 * so no job is ever created and GetOrganizationsAccessReport finds none (NoSuchEntity, the operation's
 * modelled error). Parameters are validated first against the IAM model's constraints.
 */
final class OrganizationsAccessReportActions {

    static final Pattern ENTITY_PATH = Pattern.compile("^o-[0-9a-z]{10,32}\\/r-[0-9a-z]{4,32}[0-9a-z-\\/]*");
    static final Pattern POLICY_ID = Pattern.compile("^p-[0-9a-zA-Z_]{8,128}$");
    static final List<String> SORT_KEYS = List.of("SERVICE_NAMESPACE_ASCENDING", "SERVICE_NAMESPACE_DESCENDING",
            "LAST_AUTHENTICATED_TIME_ASCENDING", "LAST_AUTHENTICATED_TIME_DESCENDING");

    private OrganizationsAccessReportActions() {}

    static void register(ActionTable table) {
        table.add("GenerateOrganizationsAccessReport", r -> {
            String entityPath = r.required("EntityPath");
            String policyId = r.optional("OrganizationsPolicyId");
            ValidationErrors errors = new ValidationErrors()
                    .length(r.params().memberPath("EntityPath"), entityPath, 19, 427)
                    .pattern(r.params().memberPath("EntityPath"), entityPath, ENTITY_PATH);
            if (policyId != null) {
                errors.pattern(r.params().memberPath("OrganizationsPolicyId"), policyId, POLICY_ID);
            }
            errors.throwIfAny();
            throw StandaloneAccount.noOrganization();
        });
        table.add("GetOrganizationsAccessReport", r -> {
            String jobId = r.required("JobId");
            // Marker and MaxItems were checked by SharedMemberConstraints before the action ran.
            ValidationErrors errors = new ValidationErrors().length(r.params().memberPath("JobId"), jobId, 36, 36);
            String sortKey = r.optional("SortKey");
            if (sortKey != null && !SORT_KEYS.contains(sortKey)) {
                errors.add(new ConstraintViolation(r.params().memberPath("SortKey"), sortKey,
                        "Member must satisfy enum value set: [" + String.join(", ", SORT_KEYS) + "]"));
            }
            errors.throwIfAny();
            throw new AwsError(AwsErrorCode.NO_SUCH_ENTITY, "No such job " + jobId + " exists for this caller.");
        });
    }
}
