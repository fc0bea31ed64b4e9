package dev.warden.server.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import dev.warden.core.iam.CreatedAccessKey;
import dev.warden.core.model.Role;
import dev.warden.core.model.Tag;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.oidc.OutboundIssuer;
import dev.warden.server.principal.WardenPrincipal;
import dev.warden.server.query.QueryService;
import dev.warden.server.testing.CoreTestHome;
import dev.warden.server.testing.MutableClock;
import dev.warden.server.xml.QueryXmlDocuments;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GetWebIdentityTokenHandlerTest {

    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    static final Map<String, String> REQUEST = Map.of("Audience.member.1", "https://api.example.com",
            "SigningAlgorithm", "RS256");

    @TempDir
    Path folder;

    MutableClock clock = new MutableClock();
    CoreTestHome core;
    GetWebIdentityTokenHandler handler;
    CreatedAccessKey key;

    @BeforeEach
    void open() {
        clock.set(NOW);
        core = new CoreTestHome(folder, clock);
        handler = new GetWebIdentityTokenHandler(core.iam().outboundFederation()::signingKeys,
                new OutboundIssuer(() -> "http://warden:8080"), principal -> List.of(new Tag("team", "data")));
        key = core.user("alice");
    }

    @AfterEach
    void close() {
        core.close();
    }

    String response(WardenPrincipal caller, Map<String, String> params) {
        return new String(QueryXmlDocuments.success(QueryService.STS.xmlNamespace(), GetWebIdentityTokenHandler.ACTION,
                "r", handler.handle(core.call(QueryService.STS, GetWebIdentityTokenHandler.ACTION, caller, params))),
                StandardCharsets.UTF_8);
    }

    static SignedJWT token(String xml) throws Exception {
        Matcher token = Pattern.compile("<WebIdentityToken>([^<]+)</WebIdentityToken>").matcher(xml);
        assertThat(token.find()).isTrue();
        return SignedJWT.parse(token.group(1));
    }

    @Test
    void disabledFeatureIsRefusedAsAws() {
        assertThatThrownBy(() -> response(core.principal(key), REQUEST))
                .isInstanceOfSatisfying(AwsError.class, e -> assertThat(e.code())
                        .isEqualTo(AwsErrorCode.OUTBOUND_WEB_IDENTITY_FEDERATION_DISABLED));
    }

    @Test
    void tokensAreSignedByTheAccountsKeysAndAnswerInTheModelsShape() throws Exception {
        String issuerId = core.iam().outboundFederation().enable();
        JWKSet published = core.iam().outboundFederation().publicKeys(issuerId).orElseThrow();
        for (JWSAlgorithm algorithm : List.of(JWSAlgorithm.RS256, JWSAlgorithm.ES384)) {
            String xml = response(core.principal(key), Map.of("Audience.member.1", "https://api.example.com",
                    "SigningAlgorithm", algorithm.getName(), "DurationSeconds", "600"));

            assertThat(xml).contains("<GetWebIdentityTokenResult><WebIdentityToken>")
                    .contains("</WebIdentityToken><Expiration>2026-11-28T12:10:00.000Z</Expiration></GetWebIdentityTokenResult>");
            SignedJWT jwt = token(xml);
            var jwk = published.getKeyByKeyId(jwt.getHeader().getKeyID());
            boolean verified = jwk instanceof RSAKey rsa ? jwt.verify(new RSASSAVerifier(rsa))
                    : jwt.verify(new ECDSAVerifier((ECKey) jwk));
            assertThat(verified).as(algorithm.getName()).isTrue();
            assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(algorithm);
            assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("http://warden:8080/outbound-identity/" + issuerId);
            assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("arn:aws:iam::123456789012:user/alice");
            assertThat(jwt.getJWTClaimsSet().getIssueTime().toInstant()).isEqualTo(NOW);
            assertThat(jwt.getJWTClaimsSet().getJSONObjectClaim("https://sts.amazonaws.com/"))
                    .containsEntry("principal_tags", Map.of("team", "data"));
        }
    }

    @Test
    void everyTokenHasItsOwnId() throws Exception {
        core.iam().outboundFederation().enable();

        String first = token(response(core.principal(key), REQUEST)).getJWTClaimsSet().getJWTID();
        String second = token(response(core.principal(key), REQUEST)).getJWTClaimsSet().getJWTID();

        assertThat(first).isNotEqualTo(second);
    }

    /** The role session lasts one hour from NOW. */
    @ParameterizedTest(name = "{0}s into the session, {1}s token: escalation {2}")
    @CsvSource({
        "0, 3600, false",
        "1, 3600, true",
        "3300, 300, false",
        "3301, 300, true",
    })
    void aTokenCannotOutliveTheCallersSession(long elapsed, int duration, boolean escalation) {
        core.iam().outboundFederation().enable();
        Role role = core.role("worker", CoreTestHome.trustNaming("arn:aws:iam::123456789012:root"),
                CoreTestHome.allow("sts:GetWebIdentityToken"));
        WardenPrincipal session = core.roleSession(role, "job");
        clock.set(NOW.plus(Duration.ofSeconds(elapsed)));
        Map<String, String> params = Map.of("Audience.member.1", "a", "SigningAlgorithm", "ES384",
                "DurationSeconds", Integer.toString(duration));

        if (escalation) {
            assertThatThrownBy(() -> response(session, params)).isInstanceOfSatisfying(AwsError.class,
                    e -> assertThat(e.code()).isEqualTo(AwsErrorCode.SESSION_DURATION_ESCALATION));
        } else {
            assertThat(response(session, params)).contains("<WebIdentityToken>");
        }
    }

    @Test
    void longTermKeysHaveNoSessionToOutlive() {
        core.iam().outboundFederation().enable();

        assertThat(response(core.principal(key), Map.of("Audience.member.1", "a", "SigningAlgorithm", "RS256",
                "DurationSeconds", "3600"))).contains("<WebIdentityToken>");
    }
}
