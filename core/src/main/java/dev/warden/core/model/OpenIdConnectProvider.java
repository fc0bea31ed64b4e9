package dev.warden.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An IAM OpenID Connect identity provider: the issuer whose ID tokens AssumeRoleWithWebIdentity
 * accepts, the audiences (client ids) it may issue them for, the TLS thumbprints AWS keeps for it and,
 * Warden-specific, the issuer's signing keys.
 *
 * @param url the issuer URL without {@code https://}, e.g. {@code token.actions.githubusercontent.com}
 *     (as GetOpenIDConnectProvider returns it)
 * @param clientIds in the order they were added
 * @param thumbprints hex SHA-1 thumbprints, 40 characters each, as given
 * @param signingKeys null until the operator supplies the issuer's JWKS
 */
public record OpenIdConnectProvider(
        String accountId,
        String url,
        List<String> clientIds,
        List<String> thumbprints,
        List<Tag> tags,
        Instant createDate,
        OidcSigningKeys signingKeys,
        long version) {
    public OpenIdConnectProvider {
        clientIds = List.copyOf(clientIds);
        thumbprints = List.copyOf(thumbprints);
        tags = List.copyOf(tags);
    }

    public static final String SCHEME = "https://";

    /** {@code arn:aws:iam::ACCOUNT:oidc-provider/URL}. */
    public String arn() {
        return Arns.oidcProvider(accountId, url);
    }

    /** The issuer as an ID token's {@code iss} claim names it: {@code https://} + url. */
    public String issuer() {
        return SCHEME + url;
    }

    /** True when {@code audience} (a token's {@code aud}) is one of the client ids, compared exactly. */
    public boolean acceptsAudience(String audience) {
        return audience != null && clientIds.contains(audience);
    }

    public Optional<OidcSigningKeys> keys() {
        return Optional.ofNullable(signingKeys);
    }

    public OpenIdConnectProvider withClientIds(List<String> ids) {
        return new OpenIdConnectProvider(accountId, url, ids, thumbprints, tags, createDate, signingKeys, version);
    }

    public OpenIdConnectProvider withThumbprints(List<String> prints) {
        return new OpenIdConnectProvider(accountId, url, clientIds, prints, tags, createDate, signingKeys, version);
    }

    public OpenIdConnectProvider withTags(List<Tag> newTags) {
        return new OpenIdConnectProvider(accountId, url, clientIds, thumbprints, newTags, createDate, signingKeys,
                version);
    }

    public OpenIdConnectProvider withSigningKeys(OidcSigningKeys keys) {
        return new OpenIdConnectProvider(accountId, url, clientIds, thumbprints, tags, createDate, keys, version);
    }
}
