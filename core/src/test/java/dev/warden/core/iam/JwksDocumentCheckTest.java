package dev.warden.core.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.warden.core.error.IamErrorCode;
import dev.warden.core.error.IamException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JwksDocumentCheckTest {
    static RSAKey rsa;
    static ECKey ec;

    @BeforeAll
    static void keys() throws JOSEException {
        rsa = new RSAKeyGenerator(2048).keyID("rsa-1").keyUse(KeyUse.SIGNATURE).generate();
        ec = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
    }

    @Test
    void keepsPublicParametersOfRsaAndEcKeys() throws Exception {
        String stored = JwksDocumentCheck.publicKeySetJson(
                new JWKSet(List.of(rsa.toPublicJWK(), ec.toPublicJWK())).toString(true));
        JWKSet set = JWKSet.parse(stored);
        assertThat(set.getKeys()).extracting(k -> k.getKeyID()).containsExactly("rsa-1", "ec-1");
        assertThat(set.getKeys()).noneMatch(k -> k.isPrivate());
        assertThat(((RSAKey) set.getKeyByKeyId("rsa-1")).getModulus()).isEqualTo(rsa.getModulus());
    }

    static Stream<Arguments> refused() throws JOSEException {
        RSAKey small = new RSAKeyGenerator(1024, true).keyID("small").generate();
        OctetSequenceKey hmac = new OctetSequenceKeyGenerator(256).keyID("hmac").generate();
        RSAKey encryption = new RSAKeyGenerator(2048).keyID("enc").keyUse(KeyUse.ENCRYPTION).generate();
        RSAKey twin = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        return Stream.of(
                Arguments.of("null", null, "empty"),
                Arguments.of("blank", "  ", "empty"),
                Arguments.of("not JSON", "{keys", "not a JWKS document"),
                Arguments.of("JSON without keys", "{\"a\":1}", "not a JWKS document"),
                Arguments.of("no keys", "{\"keys\":[]}", "holds no keys"),
                Arguments.of("private RSA key", new JWKSet(rsa).toString(false), "private key material"),
                Arguments.of("private EC key", new JWKSet(ec).toString(false), "private key material"),
                Arguments.of("symmetric key", new JWKSet(hmac).toString(false), "RSA or EC"),
                Arguments.of("encryption key", new JWKSet(encryption.toPublicJWK()).toString(), "not sig"),
                Arguments.of("short RSA key", new JWKSet(small.toPublicJWK()).toString(), "at least 2048"),
                Arguments.of("repeated kid", new JWKSet(List.of(rsa.toPublicJWK(), twin.toPublicJWK())).toString(),
                        "two keys have the kid rsa-1"),
                Arguments.of("oversized", "{\"keys\":[]," + "\"x\":\"" + "a".repeat(70_000) + "\"}", "larger than"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refuses(String what, String document, String reason) {
        assertThatThrownBy(() -> JwksDocumentCheck.publicKeySetJson(document))
                .isInstanceOfSatisfying(IamException.class, e -> assertThat(e.code()).isEqualTo(IamErrorCode.INVALID_INPUT))
                .hasMessageStartingWith("Invalid signing keys: ")
                .hasMessageContaining(reason);
    }

    @Test
    void errorsNeverQuoteTheDocument() {
        String secretish = "{\"keys\":[{\"kty\":\"oct\",\"k\":\"c2VjcmV0LXZhbHVlLXNob3VsZC1ub3QtbGVhaw\"";
        assertThatThrownBy(() -> JwksDocumentCheck.publicKeySetJson(secretish))
                .hasMessageNotContaining("c2VjcmV0");
    }
}
