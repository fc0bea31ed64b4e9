package dev.warden.server.iam;

import dev.warden.core.iam.SigningCertificateService;
import dev.warden.core.model.Page;
import dev.warden.core.model.SigningCertificate;
import dev.warden.server.xml.XmlResult;
import dev.warden.server.xml.XmlWriter;

/**
 * The signing certificate actions. {@code UserName} may be left out: it then means the user who
 * signed the request.
 */
final class SigningCertificateActions {

    private SigningCertificateActions() {}

    static void register(ActionTable table, IamApiContext context) {
        SigningCertificateService certificates = context.iam().signingCertificates();
        table.add("UploadSigningCertificate", r -> {
            SigningCertificate uploaded = certificates.uploadSigningCertificate(r.userNameOrCaller(),
                    r.required("CertificateBody"));
            return xml -> {
                xml.start("Certificate");
                write(xml, uploaded);
                xml.end();
            };
        });
        table.add("ListSigningCertificates", r -> {
            Page<SigningCertificate> page = certificates.listSigningCertificates(r.userNameOrCaller(),
                    r.pageOptions());
            return xml -> {
                xml.list("Certificates", page.items(), SigningCertificateActions::write);
                PageXml.write(xml, page);
            };
        });
        table.add("UpdateSigningCertificate", r -> {
            certificates.updateSigningCertificate(r.userNameOrCaller(), r.required("CertificateId"),
                    r.required("Status"));
            return XmlResult.NONE;
        });
        table.add("DeleteSigningCertificate", r -> {
            certificates.deleteSigningCertificate(r.userNameOrCaller(), r.required("CertificateId"));
            return XmlResult.NONE;
        });
    }

    private static void write(XmlWriter xml, SigningCertificate certificate) {
        xml.element("UserName", certificate.userName())
                .element("CertificateId", certificate.certificateId())
                .element("CertificateBody", certificate.body())
                .element("Status", certificate.status().name())
                .element("UploadDate", certificate.uploadDate());
    }
}
