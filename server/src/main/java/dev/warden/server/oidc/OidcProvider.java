package dev.warden.server.oidc;

import com.nimbusds.jose.jwk.JWKSet;
import java.util.List;
import java.util.Objects;

/**
 * An IAM OpenID Connect identity provider as STS needs it: its ARN
 * ({@code arn:aws:iam::ACCT:oidc-provider/HOST/PATH}), its issuer URL ({@code https://HOST/PATH},
 * compared with the token's {@code iss} exactly), the client ids (audiences) it accepts, and the
 * issuer's signing keys. AWS fetches the keys from the issuer's {@code jwks_uri}; Warden runs offline,
 * so the provider carries a stored copy of that JWKS document.
 *
 * @param signingKeys the issuer's public keys (private parts, if any were stored, are dropped)
 */
public record OidcProvider(String arn, String url, List<String> clientIds, JWKSet signingKeys) {

    static final String SCHEME = "https://";

    public OidcProvider {
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(url, "url");
        clientIds = List.copyOf(clientIds);
        signingKeys = signingKeys.toPublicJWKSet();
    }

    /**
     * The prefix of the provider's condition keys: the issuer URL without {@code https://}, e.g.
     * {@code token.actions.githubusercontent.com} for {@code token.actions.githubusercontent.com:sub}.
     */
    public String conditionKeyPrefix() {
        return url.startsWith(SCHEME) ? url.substring(SCHEME.length()) : url;
    }
}
