package dev.warden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class TestIdpSamlResponseTest {
  static final String ROLE = "arn:aws:iam::123456789012:role/r";
  static final String PROVIDER = "arn:aws:iam::123456789012:saml-provider/p";
  static final String ASSERTION = "urn:oasis:names:tc:SAML:2.0:assertion";
  static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
  static final Instant NOW = Instant.parse("2026-11-28T10:00:00.750Z");
  static TestIdpKeys keys;

  @BeforeAll
  static void generate() {
    keys = TestIdpKeys.generate(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  static TestIdpSamlResponse idp() {
    AtomicInteger counter = new AtomicInteger();
    return new TestIdpSamlResponse("urn:test", keys, () -> "_n" + counter.incrementAndGet());
  }

  static SamlResponseClaims claims(SamlResponseClaims.SignedPart signed) {
    Map<String, List<String>> extra = new LinkedHashMap<>();
    extra.put("https://aws.amazon.com/SAML/Attributes/Role", List.of(ROLE + ",arn:aws:iam::123456789012:saml-provider/q"));
    extra.put("mail", List.of("alice@example.com"));
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("team", "blue");
    return new SamlResponseClaims(ROLE, PROVIDER, "alice", TestIdpSamlResponse.PERSISTENT, "alice-s", extra, tags,
        List.of("team"), Optional.of("alice"), Optional.of(3600), Duration.ofSeconds(120), signed);
  }

  @Test
  void timesComeFromTheClockAndTheAwsEndpointIsTheRecipientAndAudience() {
    Document document = idp().unsigned(claims(SamlResponseClaims.SignedPart.RESPONSE), NOW);
    Element response = document.getDocumentElement();
    assertThat(response.getAttribute("IssueInstant")).isEqualTo("2026-11-28T10:00:00Z");
    assertThat(response.getAttribute("Destination")).isEqualTo("https://signin.aws.amazon.com/saml");
    assertThat(response.getAttribute("ID")).isEqualTo("_n1");
    Element data = first(document, "SubjectConfirmationData");
    assertThat(data.getAttribute("Recipient")).isEqualTo("https://signin.aws.amazon.com/saml");
    assertThat(data.getAttribute("NotOnOrAfter")).isEqualTo("2026-11-28T10:02:00Z");
    Element conditions = first(document, "Conditions");
    assertThat(conditions.getAttribute("NotBefore")).isEqualTo("2026-11-28T10:00:00Z");
    assertThat(conditions.getAttribute("NotOnOrAfter")).isEqualTo("2026-11-28T10:02:00Z");
    assertThat(first(document, "Audience").getTextContent()).isEqualTo("https://signin.aws.amazon.com/saml");
    assertThat(first(document, "NameID").getAttribute("Format")).isEqualTo(TestIdpSamlResponse.PERSISTENT);
  }

  @Test
  void awsAttributesComeFirstAndARepeatedNameGainsValues() {
    assertThat(TestIdpSamlResponse.attributes(claims(SamlResponseClaims.SignedPart.RESPONSE))).containsExactly(
        Map.entry("https://aws.amazon.com/SAML/Attributes/Role",
            List.of(ROLE + "," + PROVIDER, ROLE + ",arn:aws:iam::123456789012:saml-provider/q")),
        Map.entry("https://aws.amazon.com/SAML/Attributes/RoleSessionName", List.of("alice-s")),
        Map.entry("https://aws.amazon.com/SAML/Attributes/SessionDuration", List.of("3600")),
        Map.entry("https://aws.amazon.com/SAML/Attributes/SourceIdentity", List.of("alice")),
        Map.entry("https://aws.amazon.com/SAML/Attributes/PrincipalTag:team", List.of("blue")),
        Map.entry("https://aws.amazon.com/SAML/Attributes/TransitiveTagKeys", List.of("team")),
        Map.entry("mail", List.of("alice@example.com")));
  }

  static Stream<Arguments> signedParts() {
    return Stream.of(
        Arguments.of(SamlResponseClaims.SignedPart.RESPONSE, "Response", "_n1"),
        Arguments.of(SamlResponseClaims.SignedPart.ASSERTION, "Assertion", "_n2"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("signedParts")
  void oneSignatureRightAfterTheSignedElementsIssuer(SamlResponseClaims.SignedPart part, String parent, String id) {
    Document document = idp().signed(claims(part), NOW);
    assertThat(document.getElementsByTagNameNS(DSIG, "Signature").getLength()).isEqualTo(1);
    Element signature = (Element) document.getElementsByTagNameNS(DSIG, "Signature").item(0);
    assertThat(signature.getPrefix()).isEqualTo("ds");
    assertThat(signature.getParentNode().getLocalName()).isEqualTo(parent);
    Node previous = signature.getPreviousSibling();
    assertThat(previous.getLocalName()).isEqualTo("Issuer");
    assertThat(first(document, "Reference").getAttribute("URI")).isEqualTo("#" + id);
    assertThat(first(document, "SignatureMethod").getAttribute("Algorithm"))
        .isEqualTo("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256");
    assertThat(first(document, "CanonicalizationMethod").getAttribute("Algorithm"))
        .isEqualTo("http://www.w3.org/2001/10/xml-exc-c14n#");
  }

  private static Element first(Document document, String localName) {
    Element inAssertion = (Element) document.getElementsByTagNameNS(ASSERTION, localName).item(0);
    return inAssertion != null ? inAssertion : (Element) document.getElementsByTagNameNS(DSIG, localName).item(0);
  }
}
