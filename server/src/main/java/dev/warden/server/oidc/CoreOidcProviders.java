package dev.warden.server.oidc;

import com.nimbusds.jose.jwk.JWKSet;
import dev.warden.core.iam.Iam;
import dev.warden.core.model.OidcSigningKeys;
import dev.warden.core.model.OpenIdConnectProvider;
import java.util.Optional;

/**
 * The account's OIDC providers as the IAM core stores them. A provider whose signing keys the
 * operator has not stored yet has an empty key set, so its tokens cannot be verified (AWS's
 * "Couldn't retrieve verification key" case).
 */
public final class CoreOidcProviders implements OidcProviderDirectory {

    private final Iam iam;

    public CoreOidcProviders(Iam iam) {
        this.iam = iam;
    }

    @Override
    public Optional<OidcProvider> findByIssuer(String issuerUrl) {
        return iam.openIdConnectProviders().findByIssuer(issuerUrl).map(CoreOidcProviders::toProvider);
    }

    static OidcProvider toProvider(OpenIdConnectProvider provider) {
        JWKSet keys = provider.keys().map(OidcSigningKeys::keySet).orElseGet(JWKSet::new);
        return new OidcProvider(provider.arn(), provider.issuer(), provider.clientIds(), keys);
    }
}
