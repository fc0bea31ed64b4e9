package dev.warden.core.store;

import dev.warden.core.model.SamlProvider;
import java.util.List;
import java.util.Optional;

/** SAML providers, keyed by ARN. */
public interface SamlProviderRepository {
    void insert(SamlProvider provider);

    Optional<SamlProvider> find(String arn);

    /** Writes the metadata document, validUntil and tags. */
    void update(SamlProvider provider);

    /** False when there was no such provider. */
    boolean delete(String arn);

    /** Ordered by ARN. */
    List<SamlProvider> list(String accountId);

    int count(String accountId);
}
