package dev.warden.server.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ValidationErrorsTest {

    static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]*");

    @Test
    void oneViolationInAwsWording() {
        ValidationErrors errors = new ValidationErrors().pattern("roleSessionName", "x y", SESSION_NAME);

        assertThatThrownBy(errors::throwIfAny).isInstanceOfSatisfying(AwsError.class, e -> {
            assertThat(e.code()).isEqualTo(AwsErrorCode.VALIDATION_ERROR);
            assertThat(e.code().httpStatus()).isEqualTo(400);
            assertThat(e.getMessage()).isEqualTo("1 validation error detected: Value 'x y' at 'roleSessionName' failed"
                    + " to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*");
        });
    }

    @Test
    void severalViolationsAreJoined() {
        ValidationErrors errors = new ValidationErrors()
                .length("roleSessionName", "a", 2, 64)
                .range("durationSeconds", 60, 900, 43200)
                .length("externalId", "x".repeat(1300), 2, 1224)
                .range("durationSeconds", 50000, 900, 43200)
                .notNull("roleArn", null);

        assertThat(errors.violations()).hasSize(5);
        assertThatThrownBy(errors::throwIfAny).hasMessage("5 validation errors detected: "
                + "Value 'a' at 'roleSessionName' failed to satisfy constraint: Member must have length greater than or equal to 2; "
                + "Value '60' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900; "
                + "Value '" + "x".repeat(1300) + "' at 'externalId' failed to satisfy constraint: Member must have length less than or equal to 1224; "
                + "Value '50000' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 43200; "
                + "Value null at 'roleArn' failed to satisfy constraint: Member must not be null");
    }

    @Test
    void validValuesPass() {
        ValidationErrors errors = new ValidationErrors()
                .pattern("roleSessionName", "sess1@x.y", SESSION_NAME)
                .length("roleSessionName", "sess1", 2, 64)
                .length("emoji", "😀😀", 2, 2)
                .range("durationSeconds", 900, 900, 43200)
                .notNull("roleArn", "arn");

        assertThat(errors.violations()).isEmpty();
        assertThatCode(errors::throwIfAny).doesNotThrowAnyException();
    }
}
