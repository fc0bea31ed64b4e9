package dev.warden.server.oidc;

import java.util.Optional;

/** The account's IAM OIDC providers, looked up by the issuer a web identity token names. */
@FunctionalInterface
public interface OidcProviderDirectory {

    /** The provider whose URL is exactly {@code issuerUrl}; empty if the account has none. */
    Optional<OidcProvider> findByIssuer(String issuerUrl);

    /** A directory without providers: every web identity token is refused. */
    static OidcProviderDirectory none() {
        return issuer -> Optional.empty();
    }
}
