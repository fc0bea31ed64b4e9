package dev.warden.server.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AwsErrorCodeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "NoSuchEntity,404,Sender", "EntityAlreadyExists,409,Sender", "LimitExceeded,409,Sender",
        "DeleteConflict,409,Sender", "MalformedPolicyDocument,400,Sender", "InvalidInput,400,Sender",
        "UnmodifiableEntity,400,Sender", "PolicyNotAttachable,400,Sender", "ReportNotPresent,410,Sender",
        "ServiceFailure,500,Receiver", "PolicyEvaluation,500,Receiver",
        "PackedPolicyTooLarge,400,Sender", "RegionDisabledException,403,Sender", "ExpiredTokenException,400,Sender",
        "IDPRejectedClaim,403,Sender", "IDPCommunicationError,400,Sender", "InvalidIdentityToken,400,Sender",
        "InvalidAuthorizationMessageException,400,Sender",
        "AccessDenied,403,Sender", "ValidationError,400,Sender", "InvalidClientTokenId,403,Sender",
        "SignatureDoesNotMatch,403,Sender", "IncompleteSignature,400,Sender", "MissingAuthenticationToken,403,Sender",
        "ExpiredToken,403,Sender", "InvalidAction,400,Sender", "MissingAction,400,Sender",
        "MissingParameter,400,Sender", "InvalidParameterValue,400,Sender", "InvalidParameterCombination,400,Sender",
        "InvalidQueryParameter,400,Sender", "MalformedQueryString,404,Sender", "OptInRequired,403,Sender",
        "RequestExpired,400,Sender", "Throttling,400,Sender", "InternalFailure,500,Receiver",
        "ServiceUnavailable,503,Receiver",
    })
    void hasAwsStatusAndType(String code, int status, String type) {
        AwsErrorCode found = Arrays.stream(AwsErrorCode.values()).filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("missing " + code));

        assertThat(found.httpStatus()).isEqualTo(status);
        assertThat(found.type().wireName()).isEqualTo(type);
    }

    @Test
    void codesAreUnique() {
        Set<String> codes = Arrays.stream(AwsErrorCode.values()).map(AwsErrorCode::code).collect(Collectors.toSet());
        assertThat(codes).hasSize(AwsErrorCode.values().length);
    }

    @Test
    void awsErrorCarriesCodeAndMessageWithoutStackTrace() {
        AwsError error = new AwsError(AwsErrorCode.NO_SUCH_ENTITY, "The role with name demo cannot be found.");

        assertThat(error.code()).isEqualTo(AwsErrorCode.NO_SUCH_ENTITY);
        assertThat(error.getMessage()).isEqualTo("The role with name demo cannot be found.");
        assertThat(error.getStackTrace()).isEmpty();
    }
}
