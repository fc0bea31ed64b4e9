package dev.warden.cli;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Builds and signs the SAML 2.0 Response the test IdP would POST to AWS sign-in: Destination,
 * Recipient and Audience {@code https://signin.aws.amazon.com/saml}, one bearer-confirmed Assertion
 * with the AWS attributes, signed with {@code javax.xml.crypto.dsig} the way IdPs sign (enveloped,
 * exclusive c14n, RSA-SHA256, the certificate in KeyInfo). The document is built with DOM, so values
 * are escaped by the serializer, never pasted into markup.
 */
final class TestIdpSamlResponse {

  static final String AWS_SIGN_IN = "https://signin.aws.amazon.com/saml";
  static final String ATTRIBUTE_PREFIX = "https://aws.amazon.com/SAML/Attributes/";
  static final String PERSISTENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent";
  private static final String PROTOCOL = "urn:oasis:names:tc:SAML:2.0:protocol";
  private static final String ASSERTION = "urn:oasis:names:tc:SAML:2.0:assertion";
  /** STS's limit on AssumeRoleWithSAML's SAMLAssertion parameter (the service model's max). */
  static final int MAX_ENCODED_CHARACTERS = 100_000;
  private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

  private final String entityId;
  private final TestIdpKeys keys;
  private final Supplier<String> ids;

  TestIdpSamlResponse(String entityId, TestIdpKeys keys, Supplier<String> ids) {
    this.entityId = entityId;
    this.keys = keys;
    this.ids = ids;
  }

  /** IDs as IdPs make them: an underscore (an XML ID must not start with a digit) and 128 random bits. */
  static Supplier<String> randomIds() {
    java.security.SecureRandom random = new java.security.SecureRandom();
    return () -> {
      byte[] bytes = new byte[16];
      random.nextBytes(bytes);
      return "_" + HexFormat.of().formatHex(bytes);
    };
  }

  /** The base64 SAMLResponse, as the IdP's form posts it and AssumeRoleWithSAML takes it. */
  String encoded(SamlResponseClaims claims, Instant now) {
    return Base64.getEncoder().encodeToString(serialize(signed(claims, now)).getBytes(StandardCharsets.UTF_8));
  }

  Document signed(SamlResponseClaims claims, Instant now) {
    Document document = unsigned(claims, now);
    Element response = document.getDocumentElement();
    Element assertion = (Element) document.getElementsByTagNameNS(ASSERTION, "Assertion").item(0);
    sign(claims.signed() == SamlResponseClaims.SignedPart.RESPONSE ? response : assertion);
    return document;
  }

  Document unsigned(SamlResponseClaims claims, Instant now) {
    Instant issued = now.truncatedTo(ChronoUnit.SECONDS);
    String until = issued.plus(claims.validFor()).toString();
    Document document = newDocument();
    Element response = document.createElementNS(PROTOCOL, "samlp:Response");
    document.appendChild(response);
    // Declared as attributes, not left to the serializer: the signature's c14n sees the DOM as it is now.
    response.setAttributeNS(XMLNS, "xmlns:samlp", PROTOCOL);
    response.setAttributeNS(XMLNS, "xmlns:saml", ASSERTION);
    response.setAttribute("ID", ids.get());
    response.setAttribute("Version", "2.0");
    response.setAttribute("IssueInstant", issued.toString());
    response.setAttribute("Destination", AWS_SIGN_IN);
    text(response, ASSERTION, "saml:Issuer", entityId);
    Element status = child(response, PROTOCOL, "samlp:Status");
    child(status, PROTOCOL, "samlp:StatusCode").setAttribute("Value", "urn:oasis:names:tc:SAML:2.0:status:Success");

    Element assertion = child(response, ASSERTION, "saml:Assertion");
    assertion.setAttribute("ID", ids.get());
    assertion.setAttribute("Version", "2.0");
    assertion.setAttribute("IssueInstant", issued.toString());
    text(assertion, ASSERTION, "saml:Issuer", entityId);
    Element subject = child(assertion, ASSERTION, "saml:Subject");
    text(subject, ASSERTION, "saml:NameID", claims.subject()).setAttribute("Format", claims.subjectFormat());
    Element confirmation = child(subject, ASSERTION, "saml:SubjectConfirmation");
    confirmation.setAttribute("Method", "urn:oasis:names:tc:SAML:2.0:cm:bearer");
    Element data = child(confirmation, ASSERTION, "saml:SubjectConfirmationData");
    data.setAttribute("NotOnOrAfter", until);
    data.setAttribute("Recipient", AWS_SIGN_IN);
    Element conditions = child(assertion, ASSERTION, "saml:Conditions");
    conditions.setAttribute("NotBefore", issued.toString());
    conditions.setAttribute("NotOnOrAfter", until);
    text(child(conditions, ASSERTION, "saml:AudienceRestriction"), ASSERTION, "saml:Audience", AWS_SIGN_IN);
    Element authn = child(assertion, ASSERTION, "saml:AuthnStatement");
    authn.setAttribute("AuthnInstant", issued.toString());
    authn.setAttribute("SessionIndex", ids.get());
    text(child(authn, ASSERTION, "saml:AuthnContext"), ASSERTION, "saml:AuthnContextClassRef",
        "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport");
    Element statement = child(assertion, ASSERTION, "saml:AttributeStatement");
    attributes(claims).forEach((name, values) -> {
      Element attribute = child(statement, ASSERTION, "saml:Attribute");
      attribute.setAttribute("Name", name);
      values.forEach(value -> text(attribute, ASSERTION, "saml:AttributeValue", value));
    });
    return document;
  }

  /** The AWS attributes first (Role, RoleSessionName, ...), then the caller's own. */
  static Map<String, List<String>> attributes(SamlResponseClaims claims) {
    Map<String, List<String>> all = new LinkedHashMap<>();
    all.put(ATTRIBUTE_PREFIX + "Role", List.of(claims.roleArn() + "," + claims.providerArn()));
    all.put(ATTRIBUTE_PREFIX + "RoleSessionName", List.of(claims.sessionName()));
    claims.sessionDurationSeconds().ifPresent(s -> all.put(ATTRIBUTE_PREFIX + "SessionDuration", List.of(s.toString())));
    claims.sourceIdentity().ifPresent(s -> all.put(ATTRIBUTE_PREFIX + "SourceIdentity", List.of(s)));
    claims.tags().forEach((key, value) -> all.put(ATTRIBUTE_PREFIX + "PrincipalTag:" + key, List.of(value)));
    if (!claims.transitiveTagKeys().isEmpty()) {
      all.put(ATTRIBUTE_PREFIX + "TransitiveTagKeys", claims.transitiveTagKeys());
    }
    claims.attributes().forEach((name, values) ->
        all.merge(name, values, (a, b) -> { List<String> both = new ArrayList<>(a); both.addAll(b); return both; }));
    return all;
  }

  /** Enveloped signature placed right after the element's Issuer, where the SAML schema wants it. */
  private void sign(Element element) {
    try {
      XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
      Reference reference = factory.newReference("#" + element.getAttribute("ID"),
          factory.newDigestMethod(DigestMethod.SHA256, null),
          List.of(factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
              factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
          null, null);
      SignedInfo info = factory.newSignedInfo(
          factory.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
          factory.newSignatureMethod(SignatureMethod.RSA_SHA256, null), List.of(reference));
      KeyInfoFactory keyInfos = factory.getKeyInfoFactory();
      Element issuer = (Element) element.getElementsByTagNameNS(ASSERTION, "Issuer").item(0);
      DOMSignContext context = new DOMSignContext(keys.privateKey(), element, issuer.getNextSibling());
      context.setIdAttributeNS(element, null, "ID");
      context.setDefaultNamespacePrefix("ds");
      factory.newXMLSignature(info, keyInfos.newKeyInfo(List.of(keyInfos.newX509Data(List.of(keys.certificate())))))
          .sign(context);
    } catch (GeneralSecurityException | MarshalException | XMLSignatureException e) {
      throw new IllegalStateException("cannot sign the SAML response: " + e.getMessage(), e);
    }
  }

  static String serialize(Document document) {
    try {
      StringWriter out = new StringWriter();
      var transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      transformer.transform(new DOMSource(document), new StreamResult(out));
      return out.toString();
    } catch (TransformerException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Document newDocument() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Element child(Element parent, String namespace, String qualifiedName) {
    Element element = parent.getOwnerDocument().createElementNS(namespace, qualifiedName);
    parent.appendChild(element);
    return element;
  }

  private static Element text(Element parent, String namespace, String qualifiedName, String value) {
    Element element = child(parent, namespace, qualifiedName);
    element.setTextContent(value);
    return element;
  }
}
