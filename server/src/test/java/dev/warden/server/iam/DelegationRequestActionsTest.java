package dev.warden.server.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DelegationRequestActionsTest {

    static final String ID = "dr-1234567890abcdef";

    final RegisteredActionCall calls = new RegisteredActionCall(t -> DelegationRequestActions.register(t, "123456789012"));

    record Case(String action, Map<String, String> params, AwsErrorCode code, String message) {}

    static Map<String, String> validCreate() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("Description", "Deploy the monitoring stack");
        params.put("Permissions.PolicyTemplateArn", "arn:aws:iam::aws:policy-template/Example");
        params.put("Permissions.Parameters.member.1.Name", "BucketName");
        params.put("Permissions.Parameters.member.1.Values.member.1", "logs");
        params.put("Permissions.Parameters.member.1.Type", "string");
        params.put("RequestorWorkflowId", "workflow-1");
        params.put("NotificationChannel", "arn:aws:sns:us-east-1:111122223333:partner-topic");
        params.put("SessionDuration", "3600");
        return params;
    }

    static Map<String, String> with(Map<String, String> base, String... pairs) {
        Map<String, String> params = new LinkedHashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                params.remove(pairs[i]);
            } else {
                params.put(pairs[i], pairs[i + 1]);
            }
        }
        return params;
    }

    @Test
    void everyOperationValidatesThenAnswersForAnAccountWithoutDelegationRequests() {
        List<Case> cases = new java.util.ArrayList<>(List.of(
                new Case("CreateDelegationRequest", validCreate(), AwsErrorCode.ACCESS_DENIED,
                        "Account 123456789012 is not onboarded as a partner for IAM temporary delegation."),
                new Case("CreateDelegationRequest", Map.of(), AwsErrorCode.VALIDATION_ERROR,
                        "5 validation errors detected: Value null at 'description'"),
                new Case("CreateDelegationRequest", with(validCreate(), "SessionDuration", "299"),
                        AwsErrorCode.VALIDATION_ERROR, "Value '299' at 'sessionDuration' failed to satisfy constraint:"
                        + " Member must have value greater than or equal to 300"),
                new Case("CreateDelegationRequest", with(validCreate(), "Permissions.Parameters.member.1.Type", "map"),
                        AwsErrorCode.VALIDATION_ERROR, "at 'permissions.parameters.1.member.type'"),
                new Case("CreateDelegationRequest", with(validCreate(), "NotificationChannel", "not a channel"),
                        AwsErrorCode.VALIDATION_ERROR, "Member must satisfy regular expression pattern: ^[a-zA-Z0-9:_.-]+$"),
                new Case("CreateDelegationRequest", with(validCreate(), "OwnerAccountId", "12345"),
                        AwsErrorCode.VALIDATION_ERROR, "Value '12345' at 'ownerAccountId'"),
                new Case("CreateDelegationRequest", with(validCreate(), "RedirectUrl", "ftp://example.com"),
                        AwsErrorCode.VALIDATION_ERROR, "at 'redirectUrl'"),
                new Case("RejectDelegationRequest", Map.of("DelegationRequestId", ID, "Notes", "x".repeat(501)),
                        AwsErrorCode.VALIDATION_ERROR, "Member must have length less than or equal to 500"),
                new Case("GetHumanReadableSummary", Map.of("EntityArn", "arn:aws:iam::123456789012:user/alice"),
                        AwsErrorCode.INVALID_INPUT, "only delegation-request is"),
                new Case("GetHumanReadableSummary",
                        Map.of("EntityArn", "arn:aws:iam::123456789012:delegation-request/" + ID),
                        AwsErrorCode.NO_SUCH_ENTITY, "The delegation request with id " + ID + " cannot be found."),
                new Case("GetHumanReadableSummary", Map.of("EntityArn", "short"), AwsErrorCode.VALIDATION_ERROR,
                        "Member must have length greater than or equal to 20"),
                new Case("ListDelegationRequests", Map.of("MaxItems", "0"), AwsErrorCode.VALIDATION_ERROR,
                        "Value '0' at 'maxItems'"),
                new Case("ListDelegationRequests", Map.of("OwnerId", "short"), AwsErrorCode.VALIDATION_ERROR,
                        "Value 'short' at 'ownerId'")));
        for (String action : DelegationRequestActions.ACTIONS_ON_ONE_REQUEST) {
            cases.add(new Case(action, Map.of("DelegationRequestId", ID), AwsErrorCode.NO_SUCH_ENTITY,
                    "The delegation request with id " + ID + " cannot be found."));
            cases.add(new Case(action, Map.of(), AwsErrorCode.VALIDATION_ERROR,
                    "Value null at 'delegationRequestId' failed to satisfy constraint: Member must not be null"));
            cases.add(new Case(action, Map.of("DelegationRequestId", "too-short"), AwsErrorCode.VALIDATION_ERROR,
                    "Member must have length greater than or equal to 16"));
            cases.add(new Case(action, Map.of("DelegationRequestId", "dr-1234567890abcdef!"),
                    AwsErrorCode.VALIDATION_ERROR, "Member must satisfy regular expression pattern: [\\w-]+"));
        }
        for (Case c : cases) {
            assertThatThrownBy(() -> calls.run(c.action(), c.params())).as(c.toString())
                    .isInstanceOfSatisfying(AwsError.class, e -> assertThat(e.code()).as(c.toString()).isEqualTo(c.code()))
                    .hasMessageContaining(c.message());
        }
    }

    @Test
    void theListIsEmptyWithTheModelsLowercaseIsTruncated() {
        assertThat(calls.run("ListDelegationRequests", Map.of("MaxItems", "10"))).contains(
                "<ListDelegationRequestsResult><DelegationRequests></DelegationRequests>"
                        + "<isTruncated>false</isTruncated></ListDelegationRequestsResult>");
    }
}
