package dev.warden.core.model;

import java.time.Instant;
import java.util.List;

/**
 * A SAML 2.0 identity provider ({@code arn:aws:iam::ACCT:saml-provider/NAME}): its metadata document
 * as uploaded, and the document's {@code validUntil} (null when it states none).
 */
public record SamlProvider(
        String accountId,
        String arn,
        String name,
        String metadataDocument,
        Instant validUntil,
        List<Tag> tags,
        Instant createDate) {

    public SamlProvider {
        tags = List.copyOf(tags);
    }

    public SamlProvider withMetadata(String document, Instant newValidUntil) {
        return new SamlProvider(accountId, arn, name, document, newValidUntil, tags, createDate);
    }

    public SamlProvider withTags(List<Tag> newTags) {
        return new SamlProvider(accountId, arn, name, metadataDocument, validUntil, newTags, createDate);
    }
}
