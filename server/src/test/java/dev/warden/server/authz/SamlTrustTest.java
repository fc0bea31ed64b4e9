package dev.warden.server.authz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.policy.eval.Authorizer;
import dev.warden.server.AuthorizationDecision;
import dev.warden.server.query.QueryService;
import dev.warden.server.saml.SamlConditionKeys;
import dev.warden.server.saml.SamlResponseVerifier;
import dev.warden.server.saml.TestSamlIdp;
import dev.warden.server.testing.CoreTestHome;
import dev.warden.server.testing.MutableClock;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * AssumeRoleWithSAML authorization: the response is verified, it must grant the role through the
 * provider, then the role's trust policy alone decides, with the provider as the Federated principal
 * and the saml:* keys.
 */
class SamlTrustTest {

    static final TestSamlIdp IDP = TestSamlIdp.create("http://www.okta.com/exk1");
    static final String ACCOUNT = "123456789012";
    static final String ROLE = "arn:aws:iam::" + ACCOUNT + ":role/dev";
    static final String ATTR = "https://aws.amazon.com/SAML/Attributes/";

    @TempDir
    Path folder;

    MutableClock clock = new MutableClock();
    CoreTestHome core;
    SamlTrust trust;
    String provider;

    @BeforeEach
    void open() {
        core = new CoreTestHome(folder, clock);
        provider = core.iam().samlProviders().createSamlProvider("Okta", IDP.metadata(), List.of()).arn();
        trust = new SamlTrust(core.iam(), PolicyDocuments.withEmbeddedCatalog(), new Authorizer(),
                new SamlResponseVerifier(arn -> arn.equals(provider)
                        ? Optional.of(core.iam().samlProviders().getSamlProvider(arn)) : Optional.empty()));
    }

    @AfterEach
    void close() {
        core.close();
    }

    static String trustPolicy(String federated, String actions, String condition) {
        return """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"%s"},\
                "Action":%s%s}]}""".formatted(federated, actions,
                condition.isEmpty() ? "" : ",\"Condition\":" + condition);
    }

    AuthorizationDecision authorize(UnaryOperator<TestSamlIdp.Claims> change) {
        TestSamlIdp.Claims claims = change.apply(TestSamlIdp.Claims.defaults(clock.instant(), ROLE, provider, "alice"));
        return trust.authorize(core.unsignedCall(QueryService.STS, "AssumeRoleWithSAML", Map.of("RoleArn", ROLE,
                "PrincipalArn", provider, "SAMLAssertion", TestSamlIdp.encode(IDP.signAssertion(IDP.response(claims))))));
    }

    static Stream<Arguments> decisions() {
        String nameQualifier = SamlConditionKeys.nameQualifier(IDP.entityId(), ACCOUNT, "Okta");
        UnaryOperator<TestSamlIdp.Claims> plain = c -> c;
        UnaryOperator<TestSamlIdp.Claims> tagged = c -> c.withAttribute(ATTR + "PrincipalTag:team", List.of("blue"));
        UnaryOperator<TestSamlIdp.Claims> sourced = c -> c.withAttribute(ATTR + "SourceIdentity", List.of("alice"));
        UnaryOperator<TestSamlIdp.Claims> orgDn = c -> c.withAttribute("urn:oid:1.3.6.1.4.1.5923.1.1.1.3",
                List.of("o=example"));
        String assume = "\"sts:AssumeRoleWithSAML\"";
        return Stream.of(
                Arguments.of("no condition", assume, "", plain, true),
                Arguments.of("saml:aud", assume,
                        "{\"StringEquals\":{\"saml:aud\":\"https://signin.aws.amazon.com/saml\"}}", plain, true),
                Arguments.of("saml:iss", assume, "{\"StringEquals\":{\"saml:iss\":\"" + IDP.entityId() + "\"}}",
                        plain, true),
                Arguments.of("saml:sub", assume, "{\"StringEquals\":{\"saml:sub\":\"alice@example.com\"}}", plain,
                        true),
                Arguments.of("another saml:sub", assume, "{\"StringEquals\":{\"saml:sub\":\"bob@example.com\"}}",
                        plain, false),
                Arguments.of("saml:sub_type", assume, "{\"StringEquals\":{\"saml:sub_type\":\"persistent\"}}", plain,
                        true),
                Arguments.of("saml:doc", assume, "{\"StringEquals\":{\"saml:doc\":\"" + ACCOUNT + "/Okta\"}}", plain,
                        true),
                Arguments.of("saml:namequalifier", assume,
                        "{\"StringEquals\":{\"saml:namequalifier\":\"" + nameQualifier + "\"}}", plain, true),
                Arguments.of("saml:edupersonorgdn", assume,
                        "{\"StringEquals\":{\"saml:edupersonorgdn\":\"o=example\"}}", orgDn, true),
                Arguments.of("tags without sts:TagSession", assume, "", tagged, false),
                Arguments.of("tags with sts:TagSession", "[" + assume + ",\"sts:TagSession\"]",
                        "{\"StringEquals\":{\"aws:RequestTag/team\":\"blue\"}}", tagged, true),
                Arguments.of("source identity without sts:SetSourceIdentity", assume, "", sourced, false),
                Arguments.of("source identity with sts:SetSourceIdentity", "[" + assume + ",\"sts:SetSourceIdentity\"]",
                        "{\"StringEquals\":{\"sts:SourceIdentity\":\"alice\"}}", sourced, true),
                Arguments.of("only web identity allowed", "\"sts:AssumeRoleWithWebIdentity\"", "", plain, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisions")
    void theTrustPolicyDecidesWithTheSamlKeys(String name, String actions, String condition,
            UnaryOperator<TestSamlIdp.Claims> claims, boolean allowed) {
        core.role("dev", trustPolicy(provider, actions, condition), null);

        AuthorizationDecision decision = authorize(claims);

        assertThat(decision).isInstanceOf(allowed ? AuthorizationDecision.Allow.class : AuthorizationDecision.Deny.class);
    }

    @Test
    void anotherProviderInThePrincipalDenies() {
        core.role("dev", trustPolicy("arn:aws:iam::" + ACCOUNT + ":saml-provider/Other", "\"sts:AssumeRoleWithSAML\"",
                ""), null);

        assertThat(authorize(c -> c)).isInstanceOf(AuthorizationDecision.Deny.class);
    }

    @Test
    void aMissingRoleDeniesWithTheSameMessage() {
        AuthorizationDecision decision = authorize(c -> c);

        assertThat(decision).isInstanceOfSatisfying(AuthorizationDecision.Deny.class,
                deny -> assertThat(deny.message()).isEqualTo("Not authorized to perform sts:AssumeRoleWithSAML"));
    }
}
