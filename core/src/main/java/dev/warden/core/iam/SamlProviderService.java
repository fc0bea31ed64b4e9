package dev.warden.core.iam;

import dev.warden.core.error.IamException;
import dev.warden.core.model.Arns;
import dev.warden.core.model.Page;
import dev.warden.core.model.SamlProvider;
import dev.warden.core.model.Tag;
import dev.warden.core.store.StoreTransaction;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * SAML 2.0 identity providers: Create/Get/List/Update/DeleteSAMLProvider and their tags, at most
 * {@value #PER_ACCOUNT} per account. The metadata document is stored as uploaded once
 * {@link SamlMetadataDocument} has checked it. STS AssumeRoleWithSAML (server) verifies SAML responses
 * against the signing certificates of this metadata.
 */
public final class SamlProviderService {
    public static final int PER_ACCOUNT = 100;

    private static final String NAME_PATTERN_TEXT = "[\\w._-]+";
    private static final Pattern NAME = Pattern.compile(NAME_PATTERN_TEXT);

    private final IamContext ctx;

    public SamlProviderService(IamContext ctx) {
        this.ctx = ctx;
    }

    public SamlProvider createSamlProvider(String name, String metadataDocument, List<Tag> tags) {
        IamInputRules.required("name", name);
        IamInputRules.length("name", name, 1, 128);
        IamInputRules.pattern("name", name, NAME, NAME_PATTERN_TEXT);
        SamlMetadataDocument.Checked metadata = SamlMetadataDocument.check(metadataDocument);
        List<Tag> checkedTags = IamInputRules.tags(tags);
        String arn = Arns.iam(ctx.accountId(), "saml-provider", "/", name);
        SamlProvider provider = new SamlProvider(ctx.accountId(), arn, name, metadata.document(), metadata.validUntil(),
                checkedTags, ctx.now());
        ctx.store().write(tx -> {
            boolean taken = tx.samlProviders().list(ctx.accountId()).stream()
                    .anyMatch(p -> p.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
            if (taken) {
                throw IamException.alreadyExists("SAMLProvider " + name + " already exists.");
            }
            if (tx.samlProviders().count(ctx.accountId()) >= PER_ACCOUNT) {
                throw IamException.limitExceeded("Cannot exceed quota for SAMLProvidersPerAccount: " + PER_ACCOUNT);
            }
            tx.samlProviders().insert(provider);
            return null;
        });
        return provider;
    }

    public SamlProvider getSamlProvider(String providerArn) {
        String arn = arn(providerArn);
        return ctx.store().read(tx -> provider(tx, arn));
    }

    /** Ordered by ARN; AWS does not page this list. */
    public List<SamlProvider> listSamlProviders() {
        return ctx.store().read(tx -> tx.samlProviders().list(ctx.accountId()));
    }

    /** Replaces the metadata document; returns the provider's ARN. */
    public String updateSamlProvider(String providerArn, String metadataDocument) {
        String arn = arn(providerArn);
        SamlMetadataDocument.Checked metadata = SamlMetadataDocument.check(metadataDocument);
        modify(arn, p -> p.withMetadata(metadata.document(), metadata.validUntil()));
        return arn;
    }

    public void deleteSamlProvider(String providerArn) {
        String arn = arn(providerArn);
        boolean deleted = ctx.store().write(tx -> {
            provider(tx, arn);
            return tx.samlProviders().delete(arn);
        });
        if (!deleted) {
            throw notFound(arn);
        }
    }

    public void tagSamlProvider(String providerArn, List<Tag> tags) {
        String arn = arn(providerArn);
        IamInputRules.required("tags", tags);
        modify(arn, p -> p.withTags(
                TagSet.merge(p.tags(), tags, ctx.quotas().tagsPerResource(), TagKeyCase.SIGNIFICANT)));
    }

    public void untagSamlProvider(String providerArn, List<String> tagKeys) {
        String arn = arn(providerArn);
        IamInputRules.required("tagKeys", tagKeys);
        modify(arn, p -> p.withTags(TagSet.remove(p.tags(), tagKeys, TagKeyCase.SIGNIFICANT)));
    }

    public Page<Tag> listSamlProviderTags(String providerArn, ListOptions options) {
        String arn = arn(providerArn);
        List<Tag> tags = ctx.store().read(tx -> provider(tx, arn).tags());
        return TagSet.page(tags, options);
    }

    private void modify(String arn, UnaryOperator<SamlProvider> change) {
        ctx.store().write(tx -> {
            tx.samlProviders().update(change.apply(provider(tx, arn)));
            return null;
        });
    }

    private SamlProvider provider(StoreTransaction tx, String arn) {
        return tx.samlProviders().find(arn).filter(p -> p.accountId().equals(ctx.accountId()))
                .orElseThrow(() -> notFound(arn));
    }

    private static IamException notFound(String arn) {
        return IamException.noSuchEntity("SAMLProvider " + arn + " does not exist.");
    }

    private static String arn(String value) {
        IamInputRules.required("sAMLProviderArn", value);
        IamInputRules.length("sAMLProviderArn", value, 20, 2048);
        return value;
    }
}
