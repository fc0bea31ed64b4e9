package dev.warden.core.iam;

import static dev.warden.core.iam.IamAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StsPreferencesServiceTest {

    @TempDir
    Path dir;

    @Test
    void anAccountThatNeverChoseReportsVersionOne() {
        try (IamFixture fx = new IamFixture(dir)) {
            assertThat(fx.iam.stsPreferences().globalEndpointTokenVersion()).isEqualTo(GlobalEndpointTokenVersion.V1_TOKEN);
            assertThat(fx.iam.accountSummary().getAccountSummary()).containsEntry("GlobalEndpointTokenVersion", 1);
        }
    }

    @Test
    void eachSettingIsWhatTheSummaryReportsNext() {
        record Case(String set, GlobalEndpointTokenVersion stored, int reported) {}
        List<Case> cases = List.of(
                new Case("v2Token", GlobalEndpointTokenVersion.V2_TOKEN, 2),
                new Case("v2Token", GlobalEndpointTokenVersion.V2_TOKEN, 2),
                new Case("v1Token", GlobalEndpointTokenVersion.V1_TOKEN, 1),
                new Case("v2Token", GlobalEndpointTokenVersion.V2_TOKEN, 2));
        try (IamFixture fx = new IamFixture(dir)) {
            for (Case c : cases) {
                fx.iam.stsPreferences().setGlobalEndpointTokenVersion(c.set());
                assertThat(fx.iam.stsPreferences().globalEndpointTokenVersion()).as(c.toString()).isEqualTo(c.stored());
                assertThat(fx.iam.accountSummary().getAccountSummary()).as(c.toString())
                        .containsEntry("GlobalEndpointTokenVersion", c.reported());
            }
        }
    }

    @Test
    void theChoiceSurvivesReopeningTheStore() {
        try (IamFixture fx = new IamFixture(dir)) {
            fx.iam.stsPreferences().setGlobalEndpointTokenVersion("v2Token");
        }
        try (IamFixture reopened = new IamFixture(SqliteStore.open(dir.resolve("warden.db")), IamQuotas.defaults())) {
            assertThat(reopened.iam.stsPreferences().globalEndpointTokenVersion())
                    .isEqualTo(GlobalEndpointTokenVersion.V2_TOKEN);
        }
    }

    @Test
    void valuesOutsideTheEnumAreValidationErrorsListingTheAllowedOnes() {
        record Case(String value, String shown) {}
        List<Case> cases = List.of(new Case(null, "at 'globalEndpointTokenVersion' failed to satisfy constraint: Member must not be null"),
                new Case("v3Token", "Value 'v3Token' at 'globalEndpointTokenVersion'"),
                new Case("V2TOKEN", "Value 'V2TOKEN' at 'globalEndpointTokenVersion'"),
                new Case("", "Value '' at 'globalEndpointTokenVersion'"));
        try (IamFixture fx = new IamFixture(dir)) {
            for (Case c : cases) {
                var failure = failsWith(IamErrorCode.VALIDATION_ERROR,
                        () -> fx.iam.stsPreferences().setGlobalEndpointTokenVersion(c.value()));
                failure.as(String.valueOf(c.value())).hasMessageContaining(c.shown());
                if (c.value() != null) {
                    failure.hasMessageContaining("Member must satisfy enum value set: [v1Token, v2Token]");
                }
            }
            assertThat(fx.iam.stsPreferences().globalEndpointTokenVersion()).isEqualTo(GlobalEndpointTokenVersion.V1_TOKEN);
        }
    }
}
