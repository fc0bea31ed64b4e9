package dev.warden.server.iam;

import dev.warden.core.iam.ServerCertificateRequests;
import dev.warden.core.iam.ServerCertificateService;
import dev.warden.core.model.Page;
import dev.warden.core.model.ServerCertificate;
import dev.warden.server.xml.XmlResult;
import dev.warden.server.xml.XmlWriter;
import java.util.Optional;

/** The server certificate actions. The private key goes in with the upload and never comes back out. */
final class ServerCertificateActions {

    private ServerCertificateActions() {}

    static void register(ActionTable table, IamApiContext context) {
        ServerCertificateService certificates = context.iam().serverCertificates();
        table.add("UploadServerCertificate", r -> {
            ServerCertificate uploaded = certificates.uploadServerCertificate(new ServerCertificateRequests.Upload(
                    r.required("ServerCertificateName"), r.optional("Path"), r.required("CertificateBody"),
                    r.required("PrivateKey"), r.optional("CertificateChain"), r.tags()));
            return xml -> {
                xml.start("ServerCertificateMetadata");
                metadata(xml, uploaded);
                xml.end();
                TagsXml.writeIfAny(xml, uploaded.tags());
            };
        });
        table.add("GetServerCertificate", r -> {
            ServerCertificate certificate = certificates.getServerCertificate(r.required("ServerCertificateName"));
            return xml -> {
                xml.start("ServerCertificate").start("ServerCertificateMetadata");
                metadata(xml, certificate);
                xml.end()
                        .element("CertificateBody", certificate.body())
                        .optionalElement("CertificateChain", Optional.ofNullable(certificate.chain()));
                TagsXml.writeIfAny(xml, certificate.tags());
                xml.end();
            };
        });
        table.add("ListServerCertificates", r -> {
            Page<ServerCertificate> page = certificates.listServerCertificates(r.listOptions());
            return xml -> {
                xml.list("ServerCertificateMetadataList", page.items(), ServerCertificateActions::metadata);
                PageXml.write(xml, page);
            };
        });
        table.add("UpdateServerCertificate", r -> {
            certificates.updateServerCertificate(new ServerCertificateRequests.Update(
                    r.required("ServerCertificateName"), r.optional("NewPath"), r.optional("NewServerCertificateName")));
            return XmlResult.NONE;
        });
        table.add("DeleteServerCertificate", r -> {
            certificates.deleteServerCertificate(r.required("ServerCertificateName"));
            return XmlResult.NONE;
        });
        TagActions.register(table, "ServerCertificate", "ServerCertificateName",
                certificates::tagServerCertificate,
                certificates::untagServerCertificate,
                certificates::listServerCertificateTags);
    }

    private static void metadata(XmlWriter xml, ServerCertificate certificate) {
        xml.element("Path", certificate.path())
                .element("ServerCertificateName", certificate.name())
                .element("ServerCertificateId", certificate.certificateId())
                .element("Arn", certificate.arn())
                .element("UploadDate", certificate.uploadDate())
                .element("Expiration", certificate.expiration());
    }
}
