package dev.warden.cli;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;

/**
 * The SAML 2.0 metadata document of the test IdP: an EntityDescriptor with one IDPSSODescriptor whose
 * signing KeyDescriptor carries the certificate, as IAM CreateSAMLProvider reads it. The
 * SingleSignOnService location is a placeholder: nobody signs in through a browser here.
 */
final class TestIdpSamlMetadata {

  static final String DEFAULT_ENTITY_ID = "https://test-idp.warden.invalid/saml";

  private TestIdpSamlMetadata() {}

  static String document(String entityId, X509Certificate certificate) {
    String encoded;
    try {
      encoded = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded());
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="%s">
          <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
            <md:KeyDescriptor use="signing">
              <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
                <ds:X509Data>
                  <ds:X509Certificate>
        %s
                  </ds:X509Certificate>
                </ds:X509Data>
              </ds:KeyInfo>
            </md:KeyDescriptor>
            <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</md:NameIDFormat>
            <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified</md:NameIDFormat>
            <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="%s"/>
          </md:IDPSSODescriptor>
        </md:EntityDescriptor>
        """.formatted(XmlText.attribute(entityId), encoded, XmlText.attribute(ssoLocation(entityId)));
  }

  private static String ssoLocation(String entityId) {
    return entityId.startsWith("https://") ? entityId.replaceAll("/+$", "") + "/sso" : "https://test-idp.warden.invalid/sso";
  }
}
