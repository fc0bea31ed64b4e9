package dev.warden.core.iam;

import dev.warden.core.error.IamException;
import dev.warden.core.model.OidcSigningKeys;
import dev.warden.core.model.OpenIdConnectProvider;
import dev.warden.core.model.Page;
import dev.warden.core.model.Tag;
import dev.warden.core.store.StoreTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * IAM OpenID Connect providers (the IAM actions) and the lookups AssumeRoleWithWebIdentity needs: a
 * provider by issuer or ARN, with its client ids and the issuer's signing keys.
 *
 * <p>Signing keys are Warden-specific. AWS fetches an issuer's keys from its {@code jwks_uri} and
 * checks the TLS certificate (thumbprints are the fallback); Warden runs offline and never fetches
 * anything, so the operator supplies the issuer's JWKS with {@link #setSigningKeys} (CLI:
 * {@code warden oidc set-keys}). Thumbprints are kept and returned as AWS does, but nothing is
 * verified against them. A provider without keys exists (all IAM actions work) but can verify no token.
 */
public final class OidcProviderService {
    private final IamContext ctx;

    public OidcProviderService(IamContext ctx) {
        this.ctx = ctx;
    }

    public OpenIdConnectProvider createOpenIdConnectProvider(OidcProviderRequests.CreateProvider request) {
        String url = OidcProviderInputs.urlWithoutScheme(request.url());
        List<String> clientIds = OidcProviderInputs.clientIds(request.clientIds());
        List<String> thumbprints = OidcProviderInputs.thumbprints(request.thumbprints());
        List<Tag> tags = IamInputRules.tags(request.tags());
        return ctx.store().write(tx -> {
            if (tx.oidcProviders().findByUrl(ctx.accountId(), url).isPresent()) {
                throw IamException.alreadyExists("Provider with url " + request.url() + " already exists.");
            }
            if (tx.oidcProviders().count(ctx.accountId()) >= ctx.quotas().openIdConnectProviders()) {
                throw IamException.limitExceeded("Cannot exceed quota for OpenIdConnectProvidersPerAccount: "
                        + ctx.quotas().openIdConnectProviders());
            }
            OpenIdConnectProvider provider = new OpenIdConnectProvider(ctx.accountId(), url, clientIds, thumbprints,
                    tags, ctx.now(), null, 1);
            tx.oidcProviders().insert(provider);
            return provider;
        });
    }

    public OpenIdConnectProvider getOpenIdConnectProvider(String providerArn) {
        String arn = OidcProviderInputs.providerArn(providerArn, ctx.accountId());
        return ctx.store().read(tx -> provider(tx, arn));
    }

    /** All providers of the account, ordered by ARN (the action has no paging). */
    public List<OpenIdConnectProvider> listOpenIdConnectProviders() {
        return ctx.store().read(tx -> tx.oidcProviders().list(ctx.accountId()));
    }

    /** Idempotent, as AWS documents it: deleting a provider that does not exist succeeds. */
    public void deleteOpenIdConnectProvider(String providerArn) {
        String arn = OidcProviderInputs.providerArn(providerArn, ctx.accountId());
        ctx.store().write(tx -> tx.oidcProviders().delete(arn));
    }

    /** Idempotent: adding a client id the provider has changes nothing. */
    public void addClientIdToOpenIdConnectProvider(OidcProviderRequests.ClientIdChange request) {
        String arn = OidcProviderInputs.providerArn(request.providerArn(), ctx.accountId());
        String clientId = OidcProviderInputs.clientId(request.clientId());
        modify(arn, p -> {
            if (p.clientIds().contains(clientId)) {
                return p;
            }
            OidcProviderInputs.requireClientIdQuota(p.clientIds().size() + 1);
            List<String> ids = new ArrayList<>(p.clientIds());
            ids.add(clientId);
            return p.withClientIds(ids);
        });
    }

    /** Idempotent: removing a client id the provider does not have changes nothing. */
    public void removeClientIdFromOpenIdConnectProvider(OidcProviderRequests.ClientIdChange request) {
        String arn = OidcProviderInputs.providerArn(request.providerArn(), ctx.accountId());
        String clientId = OidcProviderInputs.clientId(request.clientId());
        modify(arn, p -> p.withClientIds(p.clientIds().stream().filter(id -> !id.equals(clientId)).toList()));
    }

    /** Replaces the thumbprint list (AWS does not merge). */
    public void updateOpenIdConnectProviderThumbprint(OidcProviderRequests.UpdateThumbprints request) {
        String arn = OidcProviderInputs.providerArn(request.providerArn(), ctx.accountId());
        IamInputRules.required("thumbprintList", request.thumbprints());
        List<String> thumbprints = OidcProviderInputs.thumbprints(request.thumbprints());
        modify(arn, p -> p.withThumbprints(thumbprints));
    }

    public void tagOpenIdConnectProvider(OidcProviderRequests.TagProvider request) {
        String arn = OidcProviderInputs.providerArn(request.providerArn(), ctx.accountId());
        modify(arn, p -> p.withTags(
                TagSet.merge(p.tags(), request.tags(), ctx.quotas().tagsPerResource(), TagKeyCase.SIGNIFICANT)));
    }

    public void untagOpenIdConnectProvider(OidcProviderRequests.UntagProvider request) {
        String arn = OidcProviderInputs.providerArn(request.providerArn(), ctx.accountId());
        IamInputRules.required("tagKeys", request.tagKeys());
        modify(arn, p -> p.withTags(TagSet.remove(p.tags(), request.tagKeys(), TagKeyCase.SIGNIFICANT)));
    }

    public Page<Tag> listOpenIdConnectProviderTags(String providerArn, ListOptions options) {
        String arn = OidcProviderInputs.providerArn(providerArn, ctx.accountId());
        List<Tag> tags = ctx.store().read(tx -> provider(tx, arn).tags());
        return TagSet.page(tags, options);
    }

    /**
     * Warden-specific: sets (replaces) the issuer's signing keys from a JWKS document. Only public RSA
     * and EC signing keys are accepted (see {@link JwksDocumentCheck}); the stored document keeps their
     * public parameters only.
     *
     * @throws IamException InvalidInput for a document that is not an acceptable key set, NoSuchEntity
     *     for an unknown provider
     */
    public OpenIdConnectProvider setSigningKeys(String providerArn, String jwksJson) {
        String arn = OidcProviderInputs.providerArn(providerArn, ctx.accountId());
        OidcSigningKeys keys = new OidcSigningKeys(JwksDocumentCheck.publicKeySetJson(jwksJson), ctx.now());
        return ctx.store().write(tx -> {
            tx.oidcProviders().update(provider(tx, arn).withSigningKeys(keys));
            return provider(tx, arn);
        });
    }

    /**
     * For AssumeRoleWithWebIdentity: the provider whose issuer is exactly {@code issuer} (a token's
     * {@code iss}, e.g. {@code https://token.actions.githubusercontent.com}); empty for any other
     * value, including one without {@code https://}.
     */
    public Optional<OpenIdConnectProvider> findByIssuer(String issuer) {
        if (issuer == null || !issuer.startsWith(OpenIdConnectProvider.SCHEME)) {
            return Optional.empty();
        }
        String url = issuer.substring(OpenIdConnectProvider.SCHEME.length());
        return ctx.store().read(tx -> tx.oidcProviders().findByUrl(ctx.accountId(), url));
    }

    /** For trust policies naming {@code {"Federated": "arn:aws:iam::ACCT:oidc-provider/HOST"}}. */
    public Optional<OpenIdConnectProvider> findByArn(String providerArn) {
        if (providerArn == null || !providerArn.startsWith("arn:aws:iam::" + ctx.accountId() + ":oidc-provider/")) {
            return Optional.empty();
        }
        return ctx.store().read(tx -> tx.oidcProviders().findByArn(providerArn));
    }

    private OpenIdConnectProvider provider(StoreTransaction tx, String arn) {
        return tx.oidcProviders().findByArn(arn).orElseThrow(() -> OidcProviderInputs.notFound(arn));
    }

    private void modify(String arn, UnaryOperator<OpenIdConnectProvider> change) {
        ctx.store().write(tx -> {
            OpenIdConnectProvider current = provider(tx, arn);
            OpenIdConnectProvider changed = change.apply(current);
            if (changed != current) {
                tx.oidcProviders().update(changed);
            }
            return null;
        });
    }
}
