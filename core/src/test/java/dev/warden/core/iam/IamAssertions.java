package dev.warden.core.iam;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.error.IamException;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert;

/** Asserts that an action fails with a given AWS error code. */
final class IamAssertions {
    private IamAssertions() {
    }

    static AbstractThrowableAssert<?, ? extends Throwable> failsWith(IamErrorCode code, ThrowableAssert.ThrowingCallable call) {
        return assertThatThrownBy(call)
                .isInstanceOf(IamException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((IamException) e).code()).isEqualTo(code));
    }
}
