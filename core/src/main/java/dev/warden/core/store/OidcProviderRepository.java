package dev.warden.core.store;

import dev.warden.core.model.OpenIdConnectProvider;
import java.util.List;
import java.util.Optional;

/** OpenID Connect providers, keyed by ARN. */
public interface OidcProviderRepository {
    Optional<OpenIdConnectProvider> findByArn(String arn);

    /** Exact match on the URL without {@code https://}. */
    Optional<OpenIdConnectProvider> findByUrl(String accountId, String url);

    void insert(OpenIdConnectProvider provider);

    /**
     * Writes client ids, thumbprints, tags and signing keys if the stored row still has
     * {@code provider.version()}; bumps the version.
     */
    void update(OpenIdConnectProvider provider);

    /** False when there was no such provider. */
    boolean delete(String arn);

    /** Ordered by ARN. */
    List<OpenIdConnectProvider> list(String accountId);

    int count(String accountId);
}
