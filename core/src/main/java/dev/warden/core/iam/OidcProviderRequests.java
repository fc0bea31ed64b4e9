package dev.warden.core.iam;

import dev.warden.core.model.Tag;
import java.util.List;

/** Typed parameters of the OpenID Connect provider actions; null members are "not given". */
public final class OidcProviderRequests {
    private OidcProviderRequests() {
    }

    /** {@code url} as given, with {@code https://}. */
    public record CreateProvider(String url, List<String> clientIds, List<String> thumbprints, List<Tag> tags) {
        public static CreateProvider of(String url, String... clientIds) {
            return new CreateProvider(url, List.of(clientIds), List.of(), List.of());
        }
    }

    /** AddClientIDToOpenIDConnectProvider and RemoveClientIDFromOpenIDConnectProvider. */
    public record ClientIdChange(String providerArn, String clientId) {
    }

    public record UpdateThumbprints(String providerArn, List<String> thumbprints) {
    }

    public record TagProvider(String providerArn, List<Tag> tags) {
    }

    public record UntagProvider(String providerArn, List<String> tagKeys) {
    }
}
