package dev.warden.server.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrganizationsAccessReportActionsTest {

    static final String PATH = "o-a1b2c3d4e5/r-f6g7h8i9j0example";
    static final String JOB = "examplea-1234-b567-cde8-90fg123abcd4";

    final RegisteredActionCall calls = new RegisteredActionCall(OrganizationsAccessReportActions::register);

    record Case(String action, Map<String, String> params, AwsErrorCode code, String message) {}

    @Test
    void validatesThenAnswersAsAStandaloneAccount() {
        List<Case> cases = List.of(
                new Case("GenerateOrganizationsAccessReport", Map.of("EntityPath", PATH),
                        AwsErrorCode.ORGANIZATION_NOT_FOUND, "no organization is associated with your account"),
                new Case("GenerateOrganizationsAccessReport", Map.of("EntityPath", PATH + "/ou-1234-56789abc",
                        "OrganizationsPolicyId", "p-policy123"),
                        AwsErrorCode.ORGANIZATION_NOT_FOUND, "no organization is associated with your account"),
                new Case("GenerateOrganizationsAccessReport", Map.of(), AwsErrorCode.VALIDATION_ERROR,
                        "Value null at 'entityPath' failed to satisfy constraint: Member must not be null"),
                new Case("GenerateOrganizationsAccessReport", Map.of("EntityPath", "o-short"),
                        AwsErrorCode.VALIDATION_ERROR, "2 validation errors detected: Value 'o-short' at 'entityPath'"
                        + " failed to satisfy constraint: Member must have length greater than or equal to 19"),
                new Case("GenerateOrganizationsAccessReport", Map.of("EntityPath", PATH, "OrganizationsPolicyId", "p-1"),
                        AwsErrorCode.VALIDATION_ERROR, "Value 'p-1' at 'organizationsPolicyId' failed to satisfy "
                        + "constraint: Member must satisfy regular expression pattern: ^p-[0-9a-zA-Z_]{8,128}$"),
                new Case("GetOrganizationsAccessReport", Map.of("JobId", JOB), AwsErrorCode.NO_SUCH_ENTITY,
                        "No such job " + JOB + " exists for this caller."),
                new Case("GetOrganizationsAccessReport", Map.of(), AwsErrorCode.VALIDATION_ERROR,
                        "Value null at 'jobId'"),
                new Case("GetOrganizationsAccessReport", Map.of("JobId", "short", "SortKey", "NEWEST_FIRST"),
                        AwsErrorCode.VALIDATION_ERROR, "2 validation errors detected"),
                // MaxItems is checked for every IAM operation before the action (SharedMemberConstraints).
                new Case("GetOrganizationsAccessReport", Map.of("JobId", "short", "MaxItems", "0"),
                        AwsErrorCode.VALIDATION_ERROR, "1 validation error detected: Value '0' at 'maxItems'"),
                new Case("GetOrganizationsAccessReport", Map.of("JobId", JOB, "SortKey", "NEWEST_FIRST"),
                        AwsErrorCode.VALIDATION_ERROR, "Member must satisfy enum value set: [SERVICE_NAMESPACE_ASCENDING,"
                        + " SERVICE_NAMESPACE_DESCENDING, LAST_AUTHENTICATED_TIME_ASCENDING,"
                        + " LAST_AUTHENTICATED_TIME_DESCENDING]"),
                new Case("GetOrganizationsAccessReport", Map.of("JobId", JOB, "MaxItems", "1001"),
                        AwsErrorCode.VALIDATION_ERROR, "Member must have value less than or equal to 1000"),
                new Case("GetOrganizationsAccessReport", Map.of("JobId", JOB, "Marker", "\u0001"),
                        AwsErrorCode.VALIDATION_ERROR, "at 'marker'"));
        for (Case c : cases) {
            assertThatThrownBy(() -> calls.run(c.action(), c.params())).as(c.toString())
                    .isInstanceOfSatisfying(AwsError.class, e -> assertThat(e.code()).as(c.toString()).isEqualTo(c.code()))
                    .hasMessageContaining(c.message());
        }
    }
}
