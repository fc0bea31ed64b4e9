package dev.warden.server.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.core.iam.RoleRequests;
import dev.warden.core.model.Role;
import dev.warden.core.model.Tag;
import dev.warden.core.sts.SessionClaims;
import dev.warden.core.sts.TokenVerification;
import dev.warden.server.error.AwsError;
import dev.warden.server.oidc.TestIssuer;
import dev.warden.server.oidc.WebIdentityTokenVerifier;
import dev.warden.server.query.QueryService;
import dev.warden.server.testing.CoreTestHome;
import dev.warden.server.testing.MutableClock;
import dev.warden.server.xml.QueryXmlDocuments;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

class AssumeRoleWithWebIdentityHandlerTest {

    static final TestIssuer GITHUB = new TestIssuer("https://token.actions.githubusercontent.com", "sts.amazonaws.com");
    static final String ROLE = "arn:aws:iam::123456789012:role/deploy";
    static final String MAIN = "repo:org/repo:ref:refs/heads/main";

    @TempDir
    Path folder;

    MutableClock clock = new MutableClock();
    CoreTestHome core;
    AssumeRoleWithWebIdentityHandler<?> handler;
    Role role;

    @BeforeEach
    void open() {
        core = new CoreTestHome(folder, clock);
        handler = new AssumeRoleWithWebIdentityHandler<>(core.iam(), core.home().sessions(),
                new WebIdentityTokenVerifier(GITHUB.directory()), arn -> core.iam().policies().defaultDocument(arn));
        role = core.role("deploy", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"%s"},\
                "Action":"sts:AssumeRoleWithWebIdentity"}]}""".formatted(GITHUB.providerArn()), null);
    }

    @AfterEach
    void close() {
        core.close();
    }

    String token() {
        return GITHUB.sign(GITHUB.claims(MAIN, clock.instant()).claim("amr", List.of("github")).build());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    Document assume(Map<String, String> extra) throws Exception {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("RoleArn", ROLE);
        params.put("RoleSessionName", "ci-run");
        params.put("WebIdentityToken", token());
        params.putAll(extra);
        AssumeRoleWithWebIdentityHandler raw = handler;
        byte[] xml = QueryXmlDocuments.success(QueryService.STS.xmlNamespace(), "AssumeRoleWithWebIdentity", "r",
                raw.handle(core.unsignedCall(QueryService.STS, "AssumeRoleWithWebIdentity", params)));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    @Test
    void respondsInTheModelsShapeWithSubjectProviderAndAudience() throws Exception {
        Document xml = assume(Map.of());

        assertThat(AssumeRoleHandlerTest.childNames(xml, "AssumeRoleWithWebIdentityResult")).containsExactly(
                "Credentials", "SubjectFromWebIdentityToken", "AssumedRoleUser", "Provider", "Audience");
        assertThat(AssumeRoleHandlerTest.text(xml, "SubjectFromWebIdentityToken")).isEqualTo(MAIN);
        assertThat(AssumeRoleHandlerTest.text(xml, "Provider")).isEqualTo(GITHUB.providerArn());
        assertThat(AssumeRoleHandlerTest.text(xml, "Audience")).isEqualTo("sts.amazonaws.com");
        assertThat(AssumeRoleHandlerTest.text(xml, "AssumedRoleId")).isEqualTo(role.roleId() + ":ci-run");
        assertThat(AssumeRoleHandlerTest.text(xml, "Arn")).isEqualTo("arn:aws:sts::123456789012:assumed-role/deploy/ci-run");
    }

    @Test
    void theSessionCarriesTheProviderAndItsKeys() throws Exception {
        Document xml = assume(Map.of("DurationSeconds", "900"));

        SessionClaims claims = ((TokenVerification.Valid) core.home().sessions()
                .verify(AssumeRoleHandlerTest.text(xml, "SessionToken"))).claims();
        assertThat(claims.federatedProvider()).isEqualTo(GITHUB.providerArn());
        assertThat(claims.webIdentityKeys()).containsEntry("token.actions.githubusercontent.com:sub", List.of(MAIN))
                .containsEntry("token.actions.githubusercontent.com:aud", List.of("sts.amazonaws.com"))
                .containsEntry("token.actions.githubusercontent.com:amr", List.of("github"));
        assertThat(claims.expiresAt()).isEqualTo(claims.issuedAt().plusSeconds(900));
        assertThat(claims.roleChained()).isFalse();
    }

    @Test
    void aSessionPolicyIsPackedAndReported() throws Exception {
        Document xml = assume(Map.of("Policy", CoreTestHome.allow("s3:GetObject")));

        assertThat(AssumeRoleHandlerTest.text(xml, "PackedPolicySize")).isNotNull();
        SessionClaims claims = ((TokenVerification.Valid) core.home().sessions()
                .verify(AssumeRoleHandlerTest.text(xml, "SessionToken"))).claims();
        assertThat(claims.sessionPolicy()).isEqualTo(CoreTestHome.allow("s3:GetObject"));
    }

    @Test
    void durationsFollowTheRolesMaximum() throws Exception {
        assertThatThrownBy(() -> assume(Map.of("DurationSeconds", "7200"))).isInstanceOfSatisfying(AwsError.class,
                e -> assertThat(e.getMessage())
                        .isEqualTo("The requested DurationSeconds exceeds the MaxSessionDuration set for this role."));

        core.iam().roles().updateRole(new RoleRequests.UpdateRole("deploy", null, 7200));
        Document xml = assume(Map.of("DurationSeconds", "7200"));
        assertThat(AssumeRoleHandlerTest.text(xml, "AccessKeyId")).startsWith("ASIA");
    }

    @Test
    void theTokenIsNeverQuotedInValidationErrors() {
        String longToken = "x".repeat(20_001);

        assertThatThrownBy(() -> assume(Map.of("WebIdentityToken", longToken, "RoleSessionName", "a")))
                .isInstanceOfSatisfying(AwsError.class, e -> assertThat(e.getMessage())
                        .doesNotContain("xxxx")
                        .contains("at 'webIdentityToken' failed to satisfy constraint: Member must have length less "
                                + "than or equal to 20000")
                        .startsWith("2 validation errors detected"));
    }

    @Test
    void providerIdIsRefusedForOpenIdConnectTokens() {
        assertThatThrownBy(() -> assume(Map.of("ProviderId", "www.amazon.com"))).isInstanceOfSatisfying(AwsError.class,
                e -> assertThat(e.code().code()).isEqualTo("InvalidParameterValue"));
    }

    /** A token for {@link #MAIN} with extra claims, such as the session tags and source identity claims. */
    String tokenWith(Map<String, Object> extraClaims) {
        com.nimbusds.jwt.JWTClaimsSet.Builder claims = GITHUB.claims(MAIN, clock.instant());
        extraClaims.forEach(claims::claim);
        return GITHUB.sign(claims.build());
    }

    record SessionCase(String name, Map<String, Object> claims, List<Tag> tags, List<String> transitiveKeys,
            String sourceIdentity) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<SessionCase> sessionCases() {
        Map<String, Object> tags = Map.of("principal_tags", Map.of("Project", List.of("Automation")),
                "transitive_tag_keys", List.of("Project"));
        return Stream.of(
                new SessionCase("no session claims", Map.of(), List.of(), List.of(), null),
                new SessionCase("principal tags and transitive keys", Map.of("https://aws.amazon.com/tags", tags),
                        List.of(new Tag("Project", "Automation")), List.of("Project"), null),
                new SessionCase("a tag value given as a plain string", Map.of("https://aws.amazon.com/tags",
                        Map.of("principal_tags", Map.of("CostCenter", "987654"))),
                        List.of(new Tag("CostCenter", "987654")), List.of(), null),
                new SessionCase("a source identity", Map.of("https://aws.amazon.com/source_identity", "jane@example.com"),
                        List.of(), List.of(), "jane@example.com"),
                new SessionCase("both", Map.of("https://aws.amazon.com/tags", tags,
                        "https://aws.amazon.com/source_identity", "jane"),
                        List.of(new Tag("Project", "Automation")), List.of("Project"), "jane"));
    }

    @ParameterizedTest
    @MethodSource("sessionCases")
    void theTokensSessionTagsAndSourceIdentityReachTheSession(SessionCase c) throws Exception {
        Document xml = assume(Map.of("WebIdentityToken", tokenWith(c.claims())));

        SessionClaims claims = ((TokenVerification.Valid) core.home().sessions()
                .verify(AssumeRoleHandlerTest.text(xml, "SessionToken"))).claims();
        assertThat(claims.sessionTags()).containsExactlyElementsOf(c.tags());
        assertThat(claims.transitiveTagKeys()).containsExactlyElementsOf(c.transitiveKeys());
        assertThat(claims.sourceIdentity()).isEqualTo(c.sourceIdentity());
        assertThat(AssumeRoleHandlerTest.text(xml, "SourceIdentity")).isEqualTo(c.sourceIdentity());
        if (!c.tags().isEmpty()) {
            assertThat(AssumeRoleHandlerTest.text(xml, "PackedPolicySize")).isNotNull();
        }
    }

    record LimitCase(String name, Map<String, Object> claims, String code) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<LimitCase> limitCases() {
        return Stream.of(
                new LimitCase("a tag key over 128 characters", Map.of("https://aws.amazon.com/tags",
                        Map.of("principal_tags", Map.of("k".repeat(129), List.of("v")))), "ValidationError"),
                new LimitCase("a transitive key that is not a session tag", Map.of("https://aws.amazon.com/tags",
                        Map.of("transitive_tag_keys", List.of("Nope"))), "InvalidParameterValue"),
                new LimitCase("a source identity with a space", Map.of("https://aws.amazon.com/source_identity",
                        "jane doe"), "ValidationError"),
                new LimitCase("a tag with two values", Map.of("https://aws.amazon.com/tags",
                        Map.of("principal_tags", Map.of("Project", List.of("a", "b")))), "InvalidIdentityToken"));
    }

    @ParameterizedTest
    @MethodSource("limitCases")
    void sessionClaimsOutsideTheLimitsAreRefused(LimitCase c) {
        assertThatThrownBy(() -> assume(Map.of("WebIdentityToken", tokenWith(c.claims()))))
                .isInstanceOfSatisfying(AwsError.class, e -> assertThat(e.code().code()).isEqualTo(c.code()));
    }
}
