package dev.warden.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SigningKeyCacheTest {

    static final SecretAccessKey DOCS_SECRET = SecretAccessKey.fromText("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

    @Test
    void derivesTheSigningKeyOfTheAwsDocumentationExample() {
        // AWS General Reference, "Examples of how to derive a signing key for Signature Version 4".
        byte[] key = SigningKeyCache.derive(DOCS_SECRET, new CredentialScope("20150830", "us-east-1", "iam", "aws4_request"));

        assertThat(HexFormat.of().formatHex(key))
                .isEqualTo("c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9");
    }

    @Test
    void keepsAtMostItsCapacityDroppingTheLeastRecentlyUsed() {
        SigningKeyCache cache = new SigningKeyCache(2);
        CredentialScope day1 = new CredentialScope("20150830", "us-east-1", "iam", "aws4_request");
        CredentialScope day2 = new CredentialScope("20150831", "us-east-1", "iam", "aws4_request");
        CredentialScope day3 = new CredentialScope("20150901", "us-east-1", "iam", "aws4_request");

        byte[] first = cache.signingKey(DOCS_SECRET, day1);
        cache.signingKey(DOCS_SECRET, day2);
        assertThat(cache.signingKey(DOCS_SECRET, day1)).isSameAs(first); // hit, and now most recent
        cache.signingKey(DOCS_SECRET, day3); // evicts day2

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.signingKey(DOCS_SECRET, day1)).isSameAs(first);
    }

    @Test
    void differentSecretsDoNotShareKeys() {
        SigningKeyCache cache = new SigningKeyCache();
        CredentialScope scope = new CredentialScope("20150830", "us-east-1", "iam", "aws4_request");

        byte[] a = cache.signingKey(DOCS_SECRET, scope);
        byte[] b = cache.signingKey(SecretAccessKey.fromText("another-secret"), scope);

        assertThat(a).isNotEqualTo(b);
        assertThat(cache.size()).isEqualTo(2);
    }
}
