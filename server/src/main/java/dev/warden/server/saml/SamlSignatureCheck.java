package dev.warden.server.saml;

import java.security.cert.X509Certificate;
import java.util.List;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.KeySelector;
import org.w3c.dom.Element;

/**
 * Verifies the enveloped XML signature of one element of a SAML response (the Response or its one
 * Assertion) with the JDK's {@code javax.xml.crypto.dsig}, against the IdP's metadata certificates
 * only, with the JDK's secure validation on. The signature must be a direct child of the element it
 * signs and have exactly one Reference whose URI is {@code #} + that element's {@code ID}, resolved
 * among the two IDs registered by the caller and nowhere else; so what is verified is the element
 * that is read, never a copy or a sibling moved elsewhere. Only what AWS's documented IdP setups
 * produce is accepted: exclusive c14n, RSA-SHA256, SHA-256 digest, and the transforms
 * enveloped-signature then exclusive c14n.
 */
final class SamlSignatureCheck {

    static final String SECURE_VALIDATION = "org.jcp.xml.dsig.secureValidation";
    static final String INVALID = "Response signature invalid";

    private SamlSignatureCheck() {}

    /**
     * @param signed the Response or the Assertion, whose direct {@code ds:Signature} child is checked
     * @param idElements every element whose {@code ID} a Reference may name (the Response and the Assertion)
     * @throws dev.warden.server.error.AwsError InvalidIdentityToken unless the signature verifies with a metadata key
     */
    static void verify(Element signed, List<Element> idElements, List<X509Certificate> certificates) {
        List<Element> signatures = SamlProviderMetadata.children(signed, SamlNames.DSIG, "Signature");
        if (signatures.size() != 1) {
            throw SamlRejection.invalid(INVALID);
        }
        String id = signed.getAttribute("ID");
        if (id.isEmpty()) {
            throw SamlRejection.invalid(INVALID);
        }
        XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
        for (X509Certificate certificate : certificates) {
            DOMValidateContext context = new DOMValidateContext(
                    KeySelector.singletonKeySelector(certificate.getPublicKey()), signatures.get(0));
            context.setProperty(SECURE_VALIDATION, Boolean.TRUE);
            for (Element element : idElements) {
                context.setIdAttributeNS(element, null, "ID");
            }
            try {
                XMLSignature signature = factory.unmarshalXMLSignature(context);
                requireAcceptedShape(signature.getSignedInfo(), id);
                if (signature.validate(context)) {
                    return;
                }
            } catch (MarshalException | XMLSignatureException | RuntimeException e) {
                // A signature the JDK cannot read or refuses under secure validation is an invalid one.
                throw SamlRejection.invalid(INVALID);
            }
        }
        throw SamlRejection.invalid(INVALID);
    }

    private static void requireAcceptedShape(SignedInfo info, String id) {
        boolean accepted = CanonicalizationMethod.EXCLUSIVE.equals(info.getCanonicalizationMethod().getAlgorithm())
                && SignatureMethod.RSA_SHA256.equals(info.getSignatureMethod().getAlgorithm())
                && info.getReferences().size() == 1;
        if (accepted) {
            Reference reference = (Reference) info.getReferences().get(0);
            List<?> transforms = reference.getTransforms();
            accepted = ("#" + id).equals(reference.getURI())
                    && DigestMethod.SHA256.equals(reference.getDigestMethod().getAlgorithm())
                    && transforms.size() == 2
                    && Transform.ENVELOPED.equals(((Transform) transforms.get(0)).getAlgorithm())
                    && CanonicalizationMethod.EXCLUSIVE.equals(((Transform) transforms.get(1)).getAlgorithm());
        }
        if (!accepted) {
            throw SamlRejection.invalid(INVALID);
        }
    }
}
