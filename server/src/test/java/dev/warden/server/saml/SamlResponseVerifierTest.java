package dev.warden.server.saml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.core.model.SamlProvider;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.xml.crypto.dsig.SignatureMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class SamlResponseVerifierTest {

    static final String ACCOUNT = "123456789012";
    static final String PROVIDER = "arn:aws:iam::" + ACCOUNT + ":saml-provider/Okta";
    static final String ROLE = "arn:aws:iam::" + ACCOUNT + ":role/dev";
    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final TestSamlIdp IDP = TestSamlIdp.create("http://www.okta.com/exk1");
    /** Same entityID, its own key: what an attacker who knows the issuer name can sign. */
    static final TestSamlIdp IMPOSTOR = TestSamlIdp.create("http://www.okta.com/exk1");

    static final SamlResponseVerifier VERIFIER = new SamlResponseVerifier(arn -> arn.equals(PROVIDER)
            ? Optional.of(new SamlProvider(ACCOUNT, PROVIDER, "Okta", IDP.metadata(), null, List.of(), NOW))
            : Optional.empty());

    static TestSamlIdp.Claims claims() {
        return TestSamlIdp.Claims.defaults(NOW, ROLE, PROVIDER, "alice");
    }

    static VerifiedSamlAssertion verify(String base64) {
        return VERIFIER.verify(base64, PROVIDER, NOW);
    }

    @Test
    void aSignedAssertionIsAcceptedWithItsClaimsAndConditionKeys() {
        VerifiedSamlAssertion verified = verify(TestSamlIdp.encode(IDP.signAssertion(IDP.response(claims()
                .withAttribute("urn:oid:1.3.6.1.4.1.5923.1.1.1.3", List.of("ou=eng,o=example"))
                .withAttribute("https://aws.amazon.com/SAML/Attributes/PrincipalTag:team", List.of("blue"))
                .withAttribute("https://aws.amazon.com/SAML/Attributes/SourceIdentity", List.of("alice"))))));

        assertThat(verified.subject()).isEqualTo("alice@example.com");
        assertThat(verified.subjectType()).isEqualTo("persistent");
        assertThat(verified.issuer()).isEqualTo(IDP.entityId());
        assertThat(verified.recipient()).isEqualTo(TestSamlIdp.AWS_RECIPIENT);
        assertThat(verified.roleSessionName()).isEqualTo("alice");
        assertThat(verified.grants(ROLE, PROVIDER)).isTrue();
        assertThat(verified.nameQualifier())
                .isEqualTo(SamlConditionKeys.nameQualifier(IDP.entityId(), ACCOUNT, "Okta"));
        assertThat(verified.sessionTags()).extracting(t -> t.key() + "=" + t.value()).containsExactly("team=blue");
        assertThat(verified.sourceIdentity()).contains("alice");
        assertThat(verified.conditionKeys())
                .containsEntry("saml:aud", List.of(TestSamlIdp.AWS_RECIPIENT))
                .containsEntry("saml:iss", List.of(IDP.entityId()))
                .containsEntry("saml:sub", List.of("alice@example.com"))
                .containsEntry("saml:sub_type", List.of("persistent"))
                .containsEntry("saml:doc", List.of(ACCOUNT + "/Okta"))
                .containsEntry("saml:edupersonorgdn", List.of("ou=eng,o=example"));
    }

    @Test
    void aSignedResponseCoversItsAssertion() {
        VerifiedSamlAssertion verified = verify(TestSamlIdp.encode(IDP.signResponse(IDP.response(claims()))));

        assertThat(verified.subject()).isEqualTo("alice@example.com");
    }

    @Test
    void theNameQualifierIsAwsDocumentedHash() {
        // BASE64(SHA1("https://example.com/saml" + "123456789012" + "/MySAMLIdP")), computed with Python's hashlib.
        assertThat(SamlConditionKeys.nameQualifier("https://example.com/saml", "123456789012", "MySAMLIdP"))
                .isEqualTo("1uAJanUnBc2XeUkHURMht+xam2c=");
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal("unsigned", () -> TestSamlIdp.encode(IDP.response(claims())),
                        AwsErrorCode.INVALID_IDENTITY_TOKEN, "Response signature invalid"),
                refusal("signed by a key not in the metadata",
                        () -> TestSamlIdp.encode(IMPOSTOR.signAssertion(IMPOSTOR.response(claims()))),
                        AwsErrorCode.INVALID_IDENTITY_TOKEN, "Response signature invalid"),
                refusal("changed after signing", () -> {
                    Document doc = IDP.signAssertion(IDP.response(claims()));
                    doc.getElementsByTagNameNS(TestSamlIdp.A, "NameID").item(0).setTextContent("admin@example.com");
                    return TestSamlIdp.encode(doc);
                }, AwsErrorCode.INVALID_IDENTITY_TOKEN, "Response signature invalid"),
                refusal("RSA-SHA1 signature", () -> {
                    Document doc = IDP.response(claims());
                    IDP.sign(TestSamlIdp.assertion(doc), SignatureMethod.RSA_SHA1);
                    return TestSamlIdp.encode(doc);
                }, AwsErrorCode.INVALID_IDENTITY_TOKEN, "Response signature invalid"),
                refusal("wrapped: signed assertion moved aside, an unsigned one in its place", () -> {
                    Document doc = IDP.signAssertion(IDP.response(claims()));
                    Element signed = TestSamlIdp.assertion(doc);
                    Element evil = (Element) signed.cloneNode(true);
                    evil.removeChild(evil.getElementsByTagNameNS(SamlNames.DSIG, "Signature").item(0));
                    evil.getElementsByTagNameNS(TestSamlIdp.A, "NameID").item(0).setTextContent("admin@example.com");
                    Element extensions = doc.createElementNS(TestSamlIdp.P, "samlp:Extensions");
                    doc.getDocumentElement().replaceChild(evil, signed);
                    extensions.appendChild(signed);
                    doc.getDocumentElement().insertBefore(extensions, doc.getDocumentElement().getFirstChild());
                    return TestSamlIdp.encode(doc);
                }, AwsErrorCode.INVALID_IDENTITY_TOKEN, "exactly one Assertion"),
                refusal("wrapped: a second, unsigned assertion after the signed one", () -> {
                    Document doc = IDP.signAssertion(IDP.response(claims()));
                    Element evil = (Element) TestSamlIdp.assertion(doc).cloneNode(true);
                    evil.removeChild(evil.getElementsByTagNameNS(SamlNames.DSIG, "Signature").item(0));
                    evil.setAttribute("ID", "_evil");
                    doc.getDocumentElement().appendChild(evil);
                    return TestSamlIdp.encode(doc);
                }, AwsErrorCode.INVALID_IDENTITY_TOKEN, "exactly one Assertion"),
                refusal("the Response's signature moved into the assertion", () -> {
                    Document doc = IDP.signResponse(IDP.response(claims()));
                    Node signature = doc.getDocumentElement().getElementsByTagNameNS(SamlNames.DSIG, "Signature")
                            .item(0);
                    TestSamlIdp.assertion(doc).appendChild(signature);
                    return TestSamlIdp.encode(doc);
                }, AwsErrorCode.INVALID_IDENTITY_TOKEN, "Response signature invalid"),
                refusal("expired", () -> TestSamlIdp.encode(IDP.signAssertion(IDP.response(claims()
                        .withWindow(NOW.minusSeconds(3600), NOW.minusSeconds(600))))),
                        AwsErrorCode.EXPIRED_TOKEN_EXCEPTION, "expired"),
                refusal("not valid yet", () -> TestSamlIdp.encode(IDP.signAssertion(IDP.response(claims()
                        .withWindow(NOW.plusSeconds(600), NOW.plusSeconds(1200))))),
                        AwsErrorCode.INVALID_IDENTITY_TOKEN, "not valid yet"),
                refusal("wrong audience", () -> TestSamlIdp.encode(IDP.signAssertion(IDP.response(claims()
                        .withAudience("https://app.example.com/saml")))),
                        AwsErrorCode.INVALID_IDENTITY_TOKEN, "audience"),
                refusal("wrong recipient", () -> TestSamlIdp.encode(IDP.signAssertion(IDP.response(claims()
                        .withRecipient("https://signin.aws.amazon.com.evil.example/saml")))),
                        AwsErrorCode.INVALID_IDENTITY_TOKEN, "Recipient"),
                refusal("another issuer", () -> {
                    TestSamlIdp other = TestSamlIdp.create("https://other.example.com");
                    return TestSamlIdp.encode(other.signAssertion(other.response(claims())));
                }, AwsErrorCode.INVALID_IDENTITY_TOKEN, "Response signature invalid"),
                refusal("an issuer other than the metadata's entityID, signed with the right key", () -> {
                    TestSamlIdp renamed = IDP.renamed("https://other.example.com");
                    return TestSamlIdp.encode(renamed.signAssertion(renamed.response(claims())));
                }, AwsErrorCode.INVALID_IDENTITY_TOKEN, "Issuer in the SAML response does not match"),
                refusal("no RoleSessionName", () -> {
                    TestSamlIdp.Claims c = claims();
                    c.attributes().remove("https://aws.amazon.com/SAML/Attributes/RoleSessionName");
                    return TestSamlIdp.encode(IDP.signAssertion(IDP.response(c)));
                }, AwsErrorCode.INVALID_IDENTITY_TOKEN, "RoleSessionName in AuthnResponse must match"),
                refusal("RoleSessionName with a space", () -> TestSamlIdp.encode(IDP.signAssertion(IDP.response(
                        claims().withAttribute("https://aws.amazon.com/SAML/Attributes/RoleSessionName",
                                List.of("alice smith"))))),
                        AwsErrorCode.INVALID_IDENTITY_TOKEN, "RoleSessionName in AuthnResponse must match"),
                refusal("SessionDuration out of range", () -> TestSamlIdp.encode(IDP.signAssertion(IDP.response(
                        claims().withAttribute("https://aws.amazon.com/SAML/Attributes/SessionDuration",
                                List.of("60"))))),
                        AwsErrorCode.INVALID_IDENTITY_TOKEN, "SessionDuration"),
                refusal("a DTD with an entity expansion", () -> base64("""
                        <?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>\
                        <samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">&b;</samlp:Response>"""),
                        AwsErrorCode.INVALID_IDENTITY_TOKEN, "without a DTD"),
                refusal("an external entity", () -> base64("""
                        <?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>\
                        <samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">&x;</samlp:Response>"""),
                        AwsErrorCode.INVALID_IDENTITY_TOKEN, "without a DTD"),
                refusal("oversize", () -> base64("<r>" + "x".repeat(SamlResponseVerifier.MAX_RESPONSE_BYTES) + "</r>"),
                        AwsErrorCode.INVALID_IDENTITY_TOKEN, "larger than"),
                refusal("not base64", () -> "%%%not-base64%%%", AwsErrorCode.INVALID_IDENTITY_TOKEN, "base64"),
                refusal("not a Response", () -> base64("<r/>"), AwsErrorCode.INVALID_IDENTITY_TOKEN,
                        "not a SAML 2.0 Response"));
    }

    static Arguments refusal(String name, Supplier<String> response, AwsErrorCode code, String message) {
        return Arguments.of(name, response, code, message);
    }

    static String base64(String xml) {
        return Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void hostileOrInvalidResponsesAreRefused(String name, Supplier<String> response, AwsErrorCode code,
            String message) {
        String base64 = response.get();

        assertThatThrownBy(() -> verify(base64)).isInstanceOfSatisfying(AwsError.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).contains(message);
        });
    }

    @Test
    void anUnknownProviderIsRefused() {
        String response = TestSamlIdp.encode(IDP.signAssertion(IDP.response(claims())));

        assertThatThrownBy(() -> VERIFIER.verify(response, "arn:aws:iam::" + ACCOUNT + ":saml-provider/Other", NOW))
                .isInstanceOfSatisfying(AwsError.class, e -> {
                    assertThat(e.code()).isEqualTo(AwsErrorCode.INVALID_IDENTITY_TOKEN);
                    assertThat(e.getMessage()).isEqualTo("Specified provider doesn't exist");
                });
    }

    @Test
    void theRolePairMatchesInEitherOrderAndOnlyExactly() {
        VerifiedSamlAssertion verified = verify(TestSamlIdp.encode(IDP.signAssertion(IDP.response(claims()
                .withAttribute("https://aws.amazon.com/SAML/Attributes/Role",
                        List.of(PROVIDER + "," + ROLE, "arn:aws:iam::" + ACCOUNT + ":role/ops," + PROVIDER))))));

        assertThat(verified.grants(ROLE, PROVIDER)).isTrue();
        assertThat(verified.grants("arn:aws:iam::" + ACCOUNT + ":role/ops", PROVIDER)).isTrue();
        assertThat(verified.grants("arn:aws:iam::" + ACCOUNT + ":role/admin", PROVIDER)).isFalse();
        assertThat(verified.grants(ROLE, "arn:aws:iam::" + ACCOUNT + ":saml-provider/Other")).isFalse();
    }
}
