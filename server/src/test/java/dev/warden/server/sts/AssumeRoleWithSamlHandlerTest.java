package dev.warden.server.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.core.model.Role;
import dev.warden.core.model.SamlProvider;
import dev.warden.core.sts.SessionClaims;
import dev.warden.core.sts.TokenVerification;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.query.QueryService;
import dev.warden.server.saml.SamlResponseVerifier;
import dev.warden.server.saml.TestSamlIdp;
import dev.warden.server.testing.CoreTestHome;
import dev.warden.server.testing.MutableClock;
import dev.warden.server.xml.QueryXmlDocuments;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class AssumeRoleWithSamlHandlerTest {

    static final TestSamlIdp IDP = TestSamlIdp.create("http://www.okta.com/exk1");
    static final String ROLE = "arn:aws:iam::123456789012:role/dev";
    static final String ATTR = "https://aws.amazon.com/SAML/Attributes/";

    @TempDir
    Path folder;

    MutableClock clock = new MutableClock();
    CoreTestHome core;
    AssumeRoleWithSamlHandler<?> handler;
    Role role;
    String provider;

    @BeforeEach
    void open() {
        core = new CoreTestHome(folder, clock);
        SamlProvider created = core.iam().samlProviders().createSamlProvider("Okta", IDP.metadata(), List.of());
        provider = created.arn();
        handler = new AssumeRoleWithSamlHandler<>(core.iam(), core.home().sessions(),
                new SamlResponseVerifier(arn -> arn.equals(provider)
                        ? Optional.of(core.iam().samlProviders().getSamlProvider(arn)) : Optional.empty()),
                arn -> core.iam().policies().defaultDocument(arn));
        role = core.role("dev", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"%s"},\
                "Action":"sts:AssumeRoleWithSAML"}]}""".formatted(provider), null);
    }

    @AfterEach
    void close() {
        core.close();
    }

    TestSamlIdp.Claims claims() {
        return TestSamlIdp.Claims.defaults(clock.instant(), ROLE, provider, "alice");
    }

    String signed(TestSamlIdp.Claims claims) {
        return TestSamlIdp.encode(IDP.signAssertion(IDP.response(claims)));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    Document assume(String assertion, Map<String, String> extra) throws Exception {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("RoleArn", ROLE);
        params.put("PrincipalArn", provider);
        params.put("SAMLAssertion", assertion);
        params.putAll(extra);
        AssumeRoleWithSamlHandler raw = handler;
        byte[] xml = QueryXmlDocuments.success(QueryService.STS.xmlNamespace(), "AssumeRoleWithSAML", "r",
                raw.handle(core.unsignedCall(QueryService.STS, "AssumeRoleWithSAML", params)));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    SessionClaims session(Document xml) {
        return ((TokenVerification.Valid) core.home().sessions()
                .verify(AssumeRoleHandlerTest.text(xml, "SessionToken"))).claims();
    }

    @Test
    void respondsInTheModelsShape() throws Exception {
        Document xml = assume(signed(claims().withAttribute(ATTR + "SourceIdentity", List.of("alice"))), Map.of());

        assertThat(AssumeRoleHandlerTest.childNames(xml, "AssumeRoleWithSAMLResult")).containsExactly(
                "Credentials", "AssumedRoleUser", "Subject", "SubjectType", "Issuer", "Audience", "NameQualifier",
                "SourceIdentity");
        assertThat(AssumeRoleHandlerTest.text(xml, "Subject")).isEqualTo("alice@example.com");
        assertThat(AssumeRoleHandlerTest.text(xml, "SubjectType")).isEqualTo("persistent");
        assertThat(AssumeRoleHandlerTest.text(xml, "Issuer")).isEqualTo(IDP.entityId());
        assertThat(AssumeRoleHandlerTest.text(xml, "Audience")).isEqualTo("https://signin.aws.amazon.com/saml");
        assertThat(AssumeRoleHandlerTest.text(xml, "AssumedRoleId")).isEqualTo(role.roleId() + ":alice");
        assertThat(AssumeRoleHandlerTest.text(xml, "Arn")).isEqualTo("arn:aws:sts::123456789012:assumed-role/dev/alice");
        assertThat(AssumeRoleHandlerTest.text(xml, "SourceIdentity")).isEqualTo("alice");
    }

    @Test
    void theSessionCarriesTheProviderKeysTagsAndSourceIdentity() throws Exception {
        Document xml = assume(signed(claims()
                .withAttribute(ATTR + "PrincipalTag:team", List.of("blue"))
                .withAttribute(ATTR + "PrincipalTag:cost", List.of("42"))
                .withAttribute(ATTR + "TransitiveTagKeys", List.of("team"))
                .withAttribute(ATTR + "SourceIdentity", List.of("alice"))), Map.of("DurationSeconds", "900"));

        SessionClaims claims = session(xml);
        assertThat(claims.federatedProvider()).isEqualTo(provider);
        assertThat(claims.webIdentityKeys()).containsEntry("saml:sub", List.of("alice@example.com"))
                .containsEntry("saml:aud", List.of("https://signin.aws.amazon.com/saml"))
                .containsEntry("saml:doc", List.of("123456789012/Okta"));
        assertThat(claims.sessionTags()).extracting(t -> t.key() + "=" + t.value()).containsExactly("team=blue", "cost=42");
        assertThat(claims.transitiveTags()).extracting(t -> t.key()).containsExactly("team");
        assertThat(claims.sourceIdentity()).isEqualTo("alice");
        assertThat(claims.expiresAt()).isEqualTo(claims.issuedAt().plusSeconds(900));
    }

    @Test
    void sessionPoliciesArePackedAndReportedOrRefusedWhenMalformed() throws Exception {
        Document xml = assume(signed(claims()), Map.of("Policy", CoreTestHome.allow("s3:GetObject")));

        assertThat(AssumeRoleHandlerTest.childNames(xml, "AssumeRoleWithSAMLResult")).containsExactly(
                "Credentials", "AssumedRoleUser", "PackedPolicySize", "Subject", "SubjectType", "Issuer", "Audience",
                "NameQualifier");
        assertThat(session(xml).sessionPolicy()).isEqualTo(CoreTestHome.allow("s3:GetObject"));
        assertThatThrownBy(() -> assume(signed(claims()), Map.of("Policy", "{\"Version\":\"2012-10-17\"")))
                .isInstanceOfSatisfying(AwsError.class,
                        e -> assertThat(e.code()).isEqualTo(AwsErrorCode.MALFORMED_POLICY_DOCUMENT));
    }

    @Test
    void theSessionEndsNoLaterThanSessionNotOnOrAfter() throws Exception {
        Document response = IDP.response(claims());
        Element authn = (Element) response.getElementsByTagNameNS("urn:oasis:names:tc:SAML:2.0:assertion",
                "AuthnStatement").item(0);
        authn.setAttribute("SessionNotOnOrAfter", clock.instant().plusSeconds(1200).toString());

        Document xml = assume(TestSamlIdp.encode(IDP.signAssertion(response)), Map.of());

        SessionClaims claims = session(xml);
        assertThat(claims.expiresAt()).isBeforeOrEqualTo(clock.instant().plusSeconds(1200));
    }

    static Stream<Arguments> caps() {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");
        return Stream.of(
                Arguments.of(Duration.ofHours(1), Optional.empty(), Duration.ofHours(1)),
                Arguments.of(Duration.ofHours(1), Optional.of(now.plusSeconds(600)), Duration.ofSeconds(600)),
                Arguments.of(Duration.ofSeconds(900), Optional.of(now.plusSeconds(7200)), Duration.ofSeconds(900)));
    }

    @ParameterizedTest
    @MethodSource("caps")
    void sessionNotOnOrAfterCapsTheDuration(Duration requested, Optional<Instant> end, Duration expected) {
        assertThat(AssumeRoleWithSamlHandler.cappedBySessionEnd(requested, end, Instant.parse("2026-11-28T10:00:00Z")))
                .isEqualTo(expected);
    }

    @Test
    void aRoleTheResponseDoesNotGrantIsRefusedEvenWithoutTheAuthorizer() {
        String other = signed(claims().withAttribute(ATTR + "Role",
                List.of("arn:aws:iam::123456789012:role/admin," + provider)));

        assertThatThrownBy(() -> assume(other, Map.of())).isInstanceOfSatisfying(AwsError.class, e -> {
            assertThat(e.code()).isEqualTo(AwsErrorCode.ACCESS_DENIED);
            assertThat(e.getMessage()).isEqualTo("Not authorized to perform sts:AssumeRoleWithSAML");
        });
    }

    @Test
    void anUnsignedResponseIsRefusedEvenWithoutTheAuthorizer() {
        String unsigned = TestSamlIdp.encode(IDP.response(claims()));

        assertThatThrownBy(() -> assume(unsigned, Map.of())).isInstanceOfSatisfying(AwsError.class,
                e -> assertThat(e.code()).isEqualTo(AwsErrorCode.INVALID_IDENTITY_TOKEN));
    }

    @Test
    void theAssertionIsNeverQuotedInValidationErrors() {
        String oversize = "x".repeat(100_001);

        assertThatThrownBy(() -> assume(oversize, Map.of("PrincipalArn", "short")))
                .isInstanceOfSatisfying(AwsError.class, e -> assertThat(e.getMessage())
                        .doesNotContain("xxxx")
                        .contains("at 'sAMLAssertion' failed to satisfy constraint: Member must have length less "
                                + "than or equal to 100000")
                        .startsWith("2 validation errors detected"));
    }

    @Test
    void durationsFollowTheRolesMaximum() {
        assertThatThrownBy(() -> assume(signed(claims()), Map.of("DurationSeconds", "7200")))
                .isInstanceOfSatisfying(AwsError.class, e -> assertThat(e.getMessage())
                        .isEqualTo("The requested DurationSeconds exceeds the MaxSessionDuration set for this role."));
    }
}
