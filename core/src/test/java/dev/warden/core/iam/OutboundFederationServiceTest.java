package dev.warden.core.iam;

import static dev.warden.core.iam.IamAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import dev.warden.core.error.IamErrorCode;
import dev.warden.core.store.StoredOutboundFederation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboundFederationServiceTest {

    @TempDir
    Path dir;

    private IamFixture fx;
    private OutboundFederationService federation;

    @BeforeEach
    void setUp() {
        fx = new IamFixture(dir);
        federation = fx.iam.outboundFederation();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void neverEnabledIsFeatureDisabledAndHasNoKeys() {
        failsWith(IamErrorCode.FEATURE_DISABLED, federation::state);
        failsWith(IamErrorCode.FEATURE_DISABLED, federation::disable);
        assertThat(federation.signingKeys()).isEmpty();
    }

    @Test
    void enableTwiceIsFeatureEnabled() {
        String issuer = federation.enable();

        failsWith(IamErrorCode.FEATURE_ENABLED, federation::enable)
                .hasMessage(OutboundFederationService.ALREADY_ENABLED);
        assertThat(federation.state()).isEqualTo(new OutboundFederationState(issuer, true));
    }

    @Test
    void disableKeepsIssuerAndPublishedKeysAndReEnableReusesThem() {
        String issuer = federation.enable();
        JWKSet before = federation.publicKeys(issuer).orElseThrow();

        federation.disable();

        assertThat(federation.state()).isEqualTo(new OutboundFederationState(issuer, false));
        assertThat(federation.signingKeys()).as("no signing while disabled").isEmpty();
        assertThat(federation.publicKeys(issuer)).as("tokens issued before stay verifiable").contains(before);
        failsWith(IamErrorCode.FEATURE_DISABLED, federation::disable);

        assertThat(federation.enable()).isEqualTo(issuer);
        assertThat(federation.publicKeys(issuer).orElseThrow().toString()).isEqualTo(before.toString());
    }

    @Test
    void publishedKeysArePublicAndVerifyWhatTheSignersSign() throws Exception {
        String issuer = federation.enable();
        OutboundSigningKeys keys = federation.signingKeys().orElseThrow();
        JWKSet published = federation.publicKeys(issuer).orElseThrow();

        assertThat(published.getKeys()).hasSize(2).noneMatch(JWK::isPrivate);
        for (JWSAlgorithm algorithm : List.of(JWSAlgorithm.RS256, JWSAlgorithm.ES384)) {
            JWSObject jws = new JWSObject(new JWSHeader.Builder(algorithm).keyID(keys.keyId(algorithm)).build(),
                    new Payload("{\"sub\":\"x\"}"));
            jws.sign(keys.signer(algorithm));
            JWK key = published.getKeyByKeyId(keys.keyId(algorithm));
            var publicKey = key instanceof RSAKey rsa ? rsa.toPublicKey() : ((ECKey) key).toPublicKey();
            assertThat(jws.verify(new DefaultJWSVerifierFactory().createJWSVerifier(jws.getHeader(), publicKey)))
                    .as(algorithm.getName()).isTrue();
        }
        assertThat(federation.publicKeys("0000")).as("unknown issuer").isEmpty();
    }

    @Test
    void privateKeysAreStoredSealedAndPrintNothingSecret() {
        federation.enable();
        StoredOutboundFederation row = fx.store.read(tx -> tx.outboundFederation().find(IamFixture.ACCOUNT))
                .orElseThrow();

        assertThat(row.sealedRsaKey()).startsWith("v1:").doesNotContain("\"d\"");
        assertThat(row.sealedEcKey()).startsWith("v1:").doesNotContain("\"d\"");
        assertThat(federation.signingKeys().orElseThrow().toString()).contains("****").doesNotContain("\"d\"");
    }
}
