package dev.warden.server.saml;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What an IdP's stored metadata document says about verifying its responses: its {@code entityID}
 * (the Issuer its assertions must name) and the certificates of the {@code IDPSSODescriptor}'s
 * {@code KeyDescriptor}s whose {@code use} is {@code signing} or unspecified. Only these keys are
 * trusted; a {@code KeyInfo} inside a response is never used to find the key.
 */
public record SamlProviderMetadata(String entityId, List<X509Certificate> signingCertificates) {

    /** Metadata documents are stored after IAM's own size check; this bounds the parse again. */
    static final int MAX_METADATA_BYTES = 10 * 1024 * 1024;

    public SamlProviderMetadata {
        Objects.requireNonNull(entityId, "entityId");
        signingCertificates = List.copyOf(signingCertificates);
    }

    /** @throws dev.warden.server.error.AwsError InvalidIdentityToken when the document gives no issuer or key */
    public static SamlProviderMetadata parse(String metadataDocument) {
        Document document = SamlXml.parse(metadataDocument.getBytes(StandardCharsets.UTF_8), MAX_METADATA_BYTES);
        Element root = document.getDocumentElement();
        if (!SamlNames.METADATA.equals(root.getNamespaceURI()) || !"EntityDescriptor".equals(root.getLocalName())
                || root.getAttribute("entityID").isEmpty()) {
            throw SamlRejection.invalid("The SAML provider's metadata has no EntityDescriptor with an entityID.");
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (Element idp : children(root, SamlNames.METADATA, "IDPSSODescriptor")) {
            for (Element descriptor : children(idp, SamlNames.METADATA, "KeyDescriptor")) {
                String use = descriptor.getAttribute("use");
                if (!use.isEmpty() && !use.equals("signing")) {
                    continue;
                }
                for (Element keyInfo : children(descriptor, SamlNames.DSIG, "KeyInfo")) {
                    for (Element data : children(keyInfo, SamlNames.DSIG, "X509Data")) {
                        for (Element cert : children(data, SamlNames.DSIG, "X509Certificate")) {
                            certificates.add(certificate(cert.getTextContent()));
                        }
                    }
                }
            }
        }
        if (certificates.isEmpty()) {
            throw SamlRejection.invalid("The SAML provider's metadata has no signing certificate.");
        }
        return new SamlProviderMetadata(root.getAttribute("entityID"), certificates);
    }

    private static X509Certificate certificate(String base64) {
        try {
            byte[] der = Base64.getMimeDecoder().decode(base64.strip());
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | IllegalArgumentException | ClassCastException e) {
            throw SamlRejection.invalid("The SAML provider's metadata holds a certificate that cannot be read.");
        }
    }

    /** The element children of {@code parent} with this namespace and local name, in document order. */
    static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && namespace.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}
