package dev.warden.core.iam;

import dev.warden.core.error.IamException;
import dev.warden.core.id.IdPrefix;
import dev.warden.core.model.Page;
import dev.warden.core.model.ServerCertificate;
import dev.warden.core.model.Tag;
import dev.warden.core.secret.CertificatePrivateKey;
import dev.warden.core.store.StoreTransaction;
import dev.warden.core.store.StoredServerCertificate;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;

/**
 * Server certificates (UploadServerCertificate and friends): the certificate, its optional chain and
 * its private key are parsed by the JDK and the key must match the certificate; the key is sealed at
 * rest and never returned. At most {@value #PER_ACCOUNT} per account (AWS's default quota).
 */
public final class ServerCertificateService {

    /** AWS's default quota (adjustable there to 1,000; iam-semantics §7.7). */
    public static final int PER_ACCOUNT = 20;

    private final IamContext ctx;

    public ServerCertificateService(IamContext ctx) {
        this.ctx = ctx;
    }

    public ServerCertificate uploadServerCertificate(ServerCertificateRequests.Upload request) {
        String name = name("serverCertificateName", request.name());
        String path = IamInputRules.path(request.path());
        SigningCertificateService.certificateText("certificateBody", request.certificateBody());
        SigningCertificateService.certificateText("privateKey", request.privateKey());
        if (request.certificateChain() != null) {
            IamInputRules.length("certificateChain", request.certificateChain(), 1, 2_097_152);
            IamInputRules.pattern("certificateChain", request.certificateChain(),
                    SigningCertificateService.BODY_PATTERN, SigningCertificateService.BODY_PATTERN_TEXT);
            PemCertificates.all(request.certificateChain());
        }
        List<Tag> tags = IamInputRules.tags(request.tags());
        X509Certificate certificate = PemCertificates.one(request.certificateBody());
        CertificatePrivateKey key = PemPrivateKey.matching(request.privateKey(), certificate, ctx.random());
        try {
            return ctx.store().write(tx -> {
                if (tx.serverCertificates().findByName(ctx.accountId(), name).isPresent()) {
                    throw alreadyExists(name);
                }
                if (tx.serverCertificates().count(ctx.accountId()) >= PER_ACCOUNT) {
                    throw IamException.limitExceeded("Cannot exceed quota for ServerCertificatesPerAccount: "
                            + PER_ACCOUNT);
                }
                String id = ctx.ids().next(IdPrefix.SERVER_CERTIFICATE);
                ServerCertificate created = new ServerCertificate(ctx.accountId(), id, name, path,
                        request.certificateBody(), request.certificateChain(), certificate.getNotAfter().toInstant(),
                        ctx.now(), tags);
                tx.serverCertificates().insert(new StoredServerCertificate(created,
                        ctx.secretCipher().encryptPrivateKey(key, id)));
                return created;
            });
        } finally {
            key.destroy();
        }
    }

    public ServerCertificate getServerCertificate(String name) {
        String checked = name("serverCertificateName", name);
        return ctx.store().read(tx -> find(tx, checked).certificate());
    }

    public Page<ServerCertificate> listServerCertificates(ListOptions options) {
        String prefix = IamInputRules.pathPrefix(options.pathPrefix());
        List<ServerCertificate> certificates = ctx.store().read(tx -> tx.serverCertificates().list(ctx.accountId()))
                .stream().map(StoredServerCertificate::certificate)
                .filter(c -> prefix == null || c.path().startsWith(prefix))
                .toList();
        return Pagination.pageInMemory(certificates, new ListOptions(null, options.marker(), options.maxItems()),
                c -> c.name().toLowerCase(Locale.ROOT));
    }

    public void updateServerCertificate(ServerCertificateRequests.Update request) {
        String name = name("serverCertificateName", request.name());
        String newName = request.newName() == null ? null : name("newServerCertificateName", request.newName());
        String newPath = request.newPath() == null ? null : IamInputRules.path(request.newPath());
        ctx.store().write(tx -> {
            ServerCertificate current = find(tx, name).certificate();
            String targetName = newName == null ? current.name() : newName;
            if (!targetName.equalsIgnoreCase(current.name())
                    && tx.serverCertificates().findByName(ctx.accountId(), targetName).isPresent()) {
                throw alreadyExists(targetName);
            }
            tx.serverCertificates().rename(current.certificateId(), targetName,
                    newPath == null ? current.path() : newPath);
            return null;
        });
    }

    public void tagServerCertificate(String name, List<Tag> tags) {
        String checked = name("serverCertificateName", name);
        IamInputRules.required("tags", tags);
        ctx.store().write(tx -> {
            ServerCertificate current = find(tx, checked).certificate();
            tx.serverCertificates().updateTags(current.certificateId(),
                    TagSet.merge(current.tags(), tags, ctx.quotas().tagsPerResource(), TagKeyCase.SIGNIFICANT));
            return null;
        });
    }

    public void untagServerCertificate(String name, List<String> tagKeys) {
        String checked = name("serverCertificateName", name);
        IamInputRules.required("tagKeys", tagKeys);
        ctx.store().write(tx -> {
            ServerCertificate current = find(tx, checked).certificate();
            tx.serverCertificates().updateTags(current.certificateId(),
                    TagSet.remove(current.tags(), tagKeys, TagKeyCase.SIGNIFICANT));
            return null;
        });
    }

    public Page<Tag> listServerCertificateTags(String name, ListOptions options) {
        String checked = name("serverCertificateName", name);
        List<Tag> tags = ctx.store().read(tx -> find(tx, checked).certificate().tags());
        return TagSet.page(tags, options);
    }

    public void deleteServerCertificate(String name) {
        String checked = name("serverCertificateName", name);
        ctx.store().write(tx -> {
            tx.serverCertificates().delete(find(tx, checked).certificate().certificateId());
            return null;
        });
    }

    private StoredServerCertificate find(StoreTransaction tx, String name) {
        return tx.serverCertificates().findByName(ctx.accountId(), name).orElseThrow(() ->
                IamException.noSuchEntity("The Server Certificate with name " + name + " cannot be found."));
    }

    private static IamException alreadyExists(String name) {
        return IamException.alreadyExists("The Server Certificate with name " + name + " already exists.");
    }

    private static String name(String field, String value) {
        return IamInputRules.name(field, value, 128);
    }
}
