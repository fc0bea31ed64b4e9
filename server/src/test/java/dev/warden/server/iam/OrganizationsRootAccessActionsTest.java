package dev.warden.server.iam;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizationsRootAccessActionsTest {

    final RegisteredActionCall calls = new RegisteredActionCall(OrganizationsRootAccessActions::register);

    @ParameterizedTest
    @ValueSource(strings = {"ListOrganizationsFeatures", "EnableOrganizationsRootCredentialsManagement",
            "DisableOrganizationsRootCredentialsManagement", "EnableOrganizationsRootSessions",
            "DisableOrganizationsRootSessions"})
    void aStandaloneAccountHasNoOrganization(String action) {
        assertThatThrownBy(() -> calls.run(action, Map.of()))
                .isInstanceOfSatisfying(AwsError.class, e -> org.assertj.core.api.Assertions.assertThat(e.code())
                        .isEqualTo(AwsErrorCode.ORGANIZATION_NOT_FOUND))
                .hasMessageContaining("no organization is associated with your account");
    }

    @org.junit.jupiter.api.Test
    void theWireCodeIsTheModelShapeNameWithHttp400() {
        org.assertj.core.api.Assertions.assertThat(AwsErrorCode.ORGANIZATION_NOT_FOUND.code())
                .isEqualTo("OrganizationNotFoundException");
        org.assertj.core.api.Assertions.assertThat(AwsErrorCode.ORGANIZATION_NOT_FOUND.httpStatus()).isEqualTo(400);
    }
}
