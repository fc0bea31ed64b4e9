package dev.warden.server.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.services.iam.model.IamException;

/** Asserts that an SDK call failed with an AWS error of a given code and HTTP status. */
final class IamErrorAssert {

    private IamErrorAssert() {}

    static IamException assertIamError(ThrowingCallable call, String code, int status) {
        IamException[] caught = new IamException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(IamException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).as("error code of %s", e.getMessage()).isEqualTo(code);
            assertThat(e.statusCode()).as("HTTP status of %s", e.getMessage()).isEqualTo(status);
            assertThat(e.requestId()).isNotBlank();
            caught[0] = e;
        });
        return caught[0];
    }
}
