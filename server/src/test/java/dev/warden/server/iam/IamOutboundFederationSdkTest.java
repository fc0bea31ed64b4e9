package dev.warden.server.iam;

import static dev.warden.server.iam.IamErrorAssert.assertIamError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.server.testing.TestStore;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.iam.model.GetOutboundWebIdentityFederationInfoResponse;

/** Enable/Disable/GetOutboundWebIdentityFederation(Info) with the AWS SDK, on every store. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ParameterizedClass
@EnumSource(TestStore.class)
class IamOutboundFederationSdkTest extends IamSdkTest {

    @Parameter
    TestStore store;

    @Test
    @Order(1)
    void aNewAccountHasTheFeatureDisabled() {
        assertIamError(() -> iam.getOutboundWebIdentityFederationInfo(r -> { }), "FeatureDisabled", 404);
        assertIamError(() -> iam.disableOutboundWebIdentityFederation(r -> { }), "FeatureDisabled", 404);
    }

    @Test
    @Order(2)
    void enableOnceDisableOnceAndTheIssuerStays() {
        String issuer = iam.enableOutboundWebIdentityFederation(r -> { }).issuerIdentifier();
        assertThat(issuer).matches("http://127\\.0\\.0\\.1:" + warden.port() + "/outbound-identity/[0-9a-f]{32}");
        assertIamError(() -> iam.enableOutboundWebIdentityFederation(r -> { }), "FeatureEnabled", 409);

        iam.disableOutboundWebIdentityFederation(r -> { });
        GetOutboundWebIdentityFederationInfoResponse info = iam.getOutboundWebIdentityFederationInfo(r -> { });
        assertThat(info.issuerIdentifier()).isEqualTo(issuer);
        assertThat(info.jwtVendingEnabled()).isFalse();
        assertIamError(() -> iam.disableOutboundWebIdentityFederation(r -> { }), "FeatureDisabled", 404);

        assertThat(iam.enableOutboundWebIdentityFederation(r -> { }).issuerIdentifier()).isEqualTo(issuer);
        assertThat(iam.getOutboundWebIdentityFederationInfo(r -> { }).jwtVendingEnabled()).isTrue();
    }
}
