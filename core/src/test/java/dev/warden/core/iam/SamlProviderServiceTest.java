package dev.warden.core.iam;

import static dev.warden.core.iam.IamAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.model.SamlProvider;
import dev.warden.core.model.Tag;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SamlProviderServiceTest {
    static final String ARN = "arn:aws:iam::123456789012:saml-provider/Okta";

    @TempDir
    Path dir;

    private IamFixture fx;
    private SamlProviderService saml;

    @BeforeEach
    void setUp() {
        fx = new IamFixture(dir);
        saml = fx.iam.samlProviders();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void lifeCycle() {
        SamlProvider created = saml.createSamlProvider("Okta", SamlMetadataDocumentTest.metadata(""),
                List.of(new Tag("team", "id")));
        assertThat(created.arn()).isEqualTo(ARN);
        assertThat(created.validUntil()).isNull();
        assertThat(created.createDate()).isEqualTo(IamFixture.NOW);

        SamlProvider got = saml.getSamlProvider(ARN);
        assertThat(got).isEqualTo(created);
        assertThat(saml.listSamlProviders()).containsExactly(created);

        String updated = SamlMetadataDocumentTest.metadata("validUntil=\"2031-01-01T00:00:00Z\"");
        assertThat(saml.updateSamlProvider(ARN, updated)).isEqualTo(ARN);
        assertThat(saml.getSamlProvider(ARN).metadataDocument()).isEqualTo(updated);
        assertThat(saml.getSamlProvider(ARN).validUntil()).isEqualTo(Instant.parse("2031-01-01T00:00:00Z"));

        saml.tagSamlProvider(ARN, List.of(new Tag("env", "prod")));
        saml.untagSamlProvider(ARN, List.of("team"));
        assertThat(saml.listSamlProviderTags(ARN, ListOptions.firstPage(10)).items())
                .containsExactly(new Tag("env", "prod"));

        saml.deleteSamlProvider(ARN);
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> saml.getSamlProvider(ARN));
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> saml.deleteSamlProvider(ARN));
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> saml.updateSamlProvider(ARN, updated));
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> saml.tagSamlProvider(ARN, List.of(new Tag("a", "b"))));
        assertThat(saml.listSamlProviders()).isEmpty();
    }

    @Test
    void namesAreUniqueIgnoringCaseAndAtMostOneHundred() {
        String document = SamlMetadataDocumentTest.metadata("");
        saml.createSamlProvider("Okta", document, List.of());
        failsWith(IamErrorCode.ENTITY_ALREADY_EXISTS, () -> saml.createSamlProvider("OKTA", document, List.of()));
        for (int i = 1; i < SamlProviderService.PER_ACCOUNT; i++) {
            saml.createSamlProvider("idp-" + i, document, List.of());
        }
        failsWith(IamErrorCode.LIMIT_EXCEEDED, () -> saml.createSamlProvider("one-more", document, List.of()))
                .hasMessage("Cannot exceed quota for SAMLProvidersPerAccount: 100");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "a/b", "plus+sign"})
    void namesOutsideThePatternAreValidationErrors(String name) {
        failsWith(IamErrorCode.VALIDATION_ERROR,
                () -> saml.createSamlProvider(name, SamlMetadataDocumentTest.metadata(""), List.of()));
    }

    @Test
    void anotherAccountsProviderIsNotFound() {
        failsWith(IamErrorCode.NO_SUCH_ENTITY,
                () -> saml.getSamlProvider("arn:aws:iam::210987654321:saml-provider/Okta"));
        failsWith(IamErrorCode.VALIDATION_ERROR, () -> saml.getSamlProvider("arn:short"));
    }
}
