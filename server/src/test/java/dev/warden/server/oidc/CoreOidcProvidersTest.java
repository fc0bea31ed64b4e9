package dev.warden.server.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.core.iam.OidcProviderRequests;
import dev.warden.server.error.AwsError;
import dev.warden.server.testing.CoreTestHome;
import dev.warden.server.testing.MutableClock;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoreOidcProvidersTest {

    static final TestIssuer ISSUER = new TestIssuer("https://idp.example.com/tenant", "app-1", "app-2");

    @TempDir
    Path folder;

    MutableClock clock = new MutableClock();
    CoreTestHome core;
    CoreOidcProviders providers;
    String arn;

    @BeforeEach
    void open() {
        core = new CoreTestHome(folder, clock);
        providers = new CoreOidcProviders(core.iam());
        arn = core.iam().openIdConnectProviders()
                .createOpenIdConnectProvider(OidcProviderRequests.CreateProvider.of(ISSUER.url(), "app-1", "app-2"))
                .arn();
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void findsTheStoredProviderByItsIssuer() {
        core.iam().openIdConnectProviders().setSigningKeys(arn, ISSUER.jwks().toString());

        OidcProvider provider = providers.findByIssuer(ISSUER.url()).orElseThrow();

        assertThat(provider.arn()).isEqualTo("arn:aws:iam::123456789012:oidc-provider/idp.example.com/tenant");
        assertThat(provider.url()).isEqualTo(ISSUER.url());
        assertThat(provider.conditionKeyPrefix()).isEqualTo("idp.example.com/tenant");
        assertThat(provider.clientIds()).containsExactly("app-1", "app-2");
        assertThat(provider.signingKeys().getKeys()).hasSize(ISSUER.jwks().getKeys().size());
        assertThat(providers.findByIssuer("https://idp.example.com")).isEmpty();
        assertThat(providers.findByIssuer("idp.example.com/tenant")).isEmpty();
    }

    @Test
    void aTokenVerifiesOnceTheKeysAreStored() {
        WebIdentityTokenVerifier verifier = new WebIdentityTokenVerifier(providers);
        String token = ISSUER.sign(ISSUER.claims("user-1", clock.instant()).build());

        assertThatThrownBy(() -> verifier.verify(token, clock.instant())).isInstanceOfSatisfying(AwsError.class,
                e -> assertThat(e.getMessage()).isEqualTo(WebIdentityTokenVerifier.NO_KEY));

        core.iam().openIdConnectProviders().setSigningKeys(arn, ISSUER.jwks().toString());

        assertThat(verifier.verify(token, clock.instant()).subject()).isEqualTo("user-1");
    }
}
