package dev.warden.server.saml;

import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A SAML identity provider for tests: a fresh 2048-bit RSA key and self-signed certificate made by the
 * JDK's own {@code keytool} (the JDK has no public API that creates certificates, and this keeps
 * Bouncy Castle out of the build), its metadata document, and SAML responses it signs with
 * {@code javax.xml.crypto.dsig} the way IdPs do (enveloped, exclusive c14n, RSA-SHA256).
 */
public final class TestSamlIdp {

    public static final String AWS_RECIPIENT = "https://signin.aws.amazon.com/saml";
    static final String P = "urn:oasis:names:tc:SAML:2.0:protocol";
    static final String A = "urn:oasis:names:tc:SAML:2.0:assertion";

    private final String entityId;
    private final PrivateKey key;
    private final X509Certificate certificate;

    private TestSamlIdp(String entityId, PrivateKey key, X509Certificate certificate) {
        this.entityId = entityId;
        this.key = key;
        this.certificate = certificate;
    }

    public static TestSamlIdp create(String entityId) {
        try {
            Path dir = Files.createTempDirectory("saml-idp");
            Path store = dir.resolve("idp.p12");
            String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            Process process = new ProcessBuilder(keytool, "-genkeypair", "-alias", "idp", "-keyalg", "RSA",
                    "-keysize", "2048", "-sigalg", "SHA256withRSA", "-dname", "CN=test-idp", "-validity", "2",
                    "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "test-pass",
                    "-keypass", "test-pass").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool failed");
            }
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            try (InputStream in = new FileInputStream(store.toFile())) {
                keyStore.load(in, "test-pass".toCharArray());
            }
            PrivateKey key = (PrivateKey) keyStore.getKey("idp", "test-pass".toCharArray());
            X509Certificate certificate = (X509Certificate) keyStore.getCertificate("idp");
            Files.delete(store);
            Files.delete(dir);
            return new TestSamlIdp(entityId, key, certificate);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same key under another entityID (a metadata document or issuer that names someone else). */
    public TestSamlIdp renamed(String otherEntityId) {
        return new TestSamlIdp(otherEntityId, key, certificate);
    }

    public String entityId() {
        return entityId;
    }

    public String metadata() {
        try {
            String cert = Base64.getEncoder().encodeToString(certificate.getEncoded());
            return """
                    <md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="%s">
                      <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
                        <md:KeyDescriptor use="signing">
                          <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
                            <ds:X509Data><ds:X509Certificate>%s</ds:X509Certificate></ds:X509Data>
                          </ds:KeyInfo>
                        </md:KeyDescriptor>
                        <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
                            Location="https://idp.example.com/sso"/>
                      </md:IDPSSODescriptor>
                    </md:EntityDescriptor>""".formatted(entityId, cert);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A response's variable parts; {@link #defaults} gives a valid one. */
    public record Claims(Instant now, String recipient, String audience, String subject, String subjectFormat,
            Instant notOnOrAfter, Instant notBefore, Map<String, List<String>> attributes) {

        public static Claims defaults(Instant now, String roleArn, String providerArn, String sessionName) {
            Map<String, List<String>> attributes = new LinkedHashMap<>();
            attributes.put("https://aws.amazon.com/SAML/Attributes/Role", List.of(roleArn + "," + providerArn));
            attributes.put("https://aws.amazon.com/SAML/Attributes/RoleSessionName", List.of(sessionName));
            return new Claims(now, AWS_RECIPIENT, "urn:amazon:webservices", "alice@example.com",
                    "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent", now.plusSeconds(300), now.minusSeconds(5),
                    attributes);
        }

        public Claims withAttribute(String name, List<String> values) {
            Map<String, List<String>> copy = new LinkedHashMap<>(attributes);
            copy.put(name, values);
            return new Claims(now, recipient, audience, subject, subjectFormat, notOnOrAfter, notBefore, copy);
        }

        public Claims withRecipient(String value) {
            return new Claims(now, value, audience, subject, subjectFormat, notOnOrAfter, notBefore, attributes);
        }

        public Claims withAudience(String value) {
            return new Claims(now, recipient, value, subject, subjectFormat, notOnOrAfter, notBefore, attributes);
        }

        public Claims withWindow(Instant from, Instant until) {
            return new Claims(now, recipient, audience, subject, subjectFormat, until, from, attributes);
        }
    }

    /** An unsigned response document. */
    public Document response(Claims claims) {
        StringBuilder attributes = new StringBuilder();
        claims.attributes().forEach((name, values) -> {
            attributes.append("<saml:Attribute Name=\"").append(name).append("\">");
            values.forEach(v -> attributes.append("<saml:AttributeValue>").append(v).append("</saml:AttributeValue>"));
            attributes.append("</saml:Attribute>");
        });
        String xml = """
                <samlp:Response xmlns:samlp="%1$s" xmlns:saml="%2$s" ID="_response1" Version="2.0" \
                IssueInstant="%3$s" Destination="%4$s">\
                <saml:Issuer>%5$s</saml:Issuer>\
                <samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>\
                <saml:Assertion ID="_assertion1" Version="2.0" IssueInstant="%3$s">\
                <saml:Issuer>%5$s</saml:Issuer>\
                <saml:Subject><saml:NameID Format="%6$s">%7$s</saml:NameID>\
                <saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">\
                <saml:SubjectConfirmationData NotOnOrAfter="%8$s" Recipient="%4$s"/></saml:SubjectConfirmation>\
                </saml:Subject>\
                <saml:Conditions NotBefore="%9$s" NotOnOrAfter="%8$s"><saml:AudienceRestriction>\
                <saml:Audience>%10$s</saml:Audience></saml:AudienceRestriction></saml:Conditions>\
                <saml:AuthnStatement AuthnInstant="%3$s" SessionIndex="_s1"><saml:AuthnContext>\
                <saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport\
                </saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>\
                <saml:AttributeStatement>%11$s</saml:AttributeStatement>\
                </saml:Assertion></samlp:Response>""".formatted(P, A, claims.now(), claims.recipient(), entityId,
                claims.subjectFormat(), claims.subject(), claims.notOnOrAfter(), claims.notBefore(), claims.audience(),
                attributes);
        return parse(xml);
    }

    public static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Element assertion(Document document) {
        return (Element) document.getElementsByTagNameNS(A, "Assertion").item(0);
    }

    /** Signs the Assertion (RSA-SHA256), the signature placed after its Issuer as the schema orders it. */
    public Document signAssertion(Document document) {
        sign(assertion(document), SignatureMethod.RSA_SHA256);
        return document;
    }

    public Document signResponse(Document document) {
        sign(document.getDocumentElement(), SignatureMethod.RSA_SHA256);
        return document;
    }

    public void sign(Element element, String signatureMethod) {
        try {
            XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
            String digest = signatureMethod.equals(SignatureMethod.RSA_SHA1) ? DigestMethod.SHA1 : DigestMethod.SHA256;
            Reference reference = factory.newReference("#" + element.getAttribute("ID"),
                    factory.newDigestMethod(digest, null),
                    List.of(factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                            factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                    null, null);
            SignedInfo info = factory.newSignedInfo(factory.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE,
                    (C14NMethodParameterSpec) null), factory.newSignatureMethod(signatureMethod, null),
                    List.of(reference));
            KeyInfoFactory keys = factory.getKeyInfoFactory();
            KeyInfo keyInfo = keys.newKeyInfo(List.of(keys.newX509Data(List.of(certificate))));
            Element issuer = (Element) element.getElementsByTagNameNS(A, "Issuer").item(0);
            DOMSignContext context = new DOMSignContext(key, element, issuer.getNextSibling());
            context.setIdAttributeNS(element, null, "ID");
            factory.newXMLSignature(info, keyInfo).sign(context);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String encode(Document document) {
        return Base64.getEncoder().encodeToString(serialize(document).getBytes(StandardCharsets.UTF_8));
    }

    public static String serialize(Document document) {
        try {
            StringWriter out = new StringWriter();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
