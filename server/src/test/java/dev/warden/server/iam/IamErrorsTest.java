package dev.warden.server.iam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.error.IamException;
import dev.warden.server.error.AwsError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IamErrorsTest {

    @ParameterizedTest
    @EnumSource(IamErrorCode.class)
    void everyCoreCodeKeepsItsAwsCodeStatusAndMessage(IamErrorCode code) {
        AwsError wire = IamErrors.toAwsError(new IamException(code, "message for " + code));

        assertThat(wire.code().code()).isEqualTo(code.awsCode());
        assertThat(wire.code().httpStatus()).isEqualTo(code.httpStatus());
        assertThat(wire.getMessage()).isEqualTo("message for " + code);
    }
}
