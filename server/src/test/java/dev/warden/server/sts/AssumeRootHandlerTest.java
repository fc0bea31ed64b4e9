package dev.warden.server.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.server.QueryCall;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.query.QueryParameters;
import dev.warden.server.query.QueryService;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssumeRootHandlerTest {

    static final String TASK = "arn:aws:iam::aws:policy/root-task/S3UnlockBucketPolicy";

    final AssumeRootHandler<String> handler = new AssumeRootHandler<>("123456789012");

    record Case(Map<String, String> params, AwsErrorCode code, String message) {}

    void call(Map<String, String> params) {
        handler.handle(new QueryCall<>("r", QueryService.STS, AssumeRootHandler.ACTION, QueryParameters.of(params),
                Optional.empty(), Instant.EPOCH, "127.0.0.1", "", false));
    }

    @Test
    void validatesThenRefusesAnAccountOutsideAnOrganization() {
        List<Case> cases = List.of(
                new Case(Map.of("TargetPrincipal", "111122223333", "TaskPolicyArn.arn", TASK, "DurationSeconds", "900"),
                        AwsErrorCode.ACCESS_DENIED, "Account 123456789012 is not the management account or a delegated"
                        + " administrator of an organization, which AssumeRoot requires."),
                new Case(Map.of("TargetPrincipal", "111122223333", "TaskPolicyArn.arn", TASK),
                        AwsErrorCode.ACCESS_DENIED, "AssumeRoot requires"),
                new Case(Map.of(), AwsErrorCode.VALIDATION_ERROR, "2 validation errors detected: Value null at "
                        + "'targetPrincipal' failed to satisfy constraint: Member must not be null; Value null at "
                        + "'taskPolicyArn' failed to satisfy constraint: Member must not be null"),
                new Case(Map.of("TargetPrincipal", "1111", "TaskPolicyArn.arn", TASK), AwsErrorCode.VALIDATION_ERROR,
                        "Value '1111' at 'targetPrincipal' failed to satisfy constraint: Member must have length"
                        + " greater than or equal to 12"),
                new Case(Map.of("TargetPrincipal", "111122223333", "TaskPolicyArn.arn", "arn:short"),
                        AwsErrorCode.VALIDATION_ERROR, "Value 'arn:short' at 'taskPolicyArn.arn'"),
                new Case(Map.of("TargetPrincipal", "111122223333", "TaskPolicyArn.arn", TASK, "DurationSeconds", "901"),
                        AwsErrorCode.VALIDATION_ERROR, "Value '901' at 'durationSeconds' failed to satisfy constraint:"
                        + " Member must have value less than or equal to 900"));
        for (Case c : cases) {
            assertThatThrownBy(() -> call(c.params())).as(c.toString())
                    .isInstanceOfSatisfying(AwsError.class, e -> assertThat(e.code()).as(c.toString()).isEqualTo(c.code()))
                    .hasMessageContaining(c.message());
        }
    }
}
