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

    @Test
    void concurrentUseAnswersTheDerivedKeyAndStaysWithinCapacity() throws Exception {
        SigningKeyCache cache = new SigningKeyCache(8);
        java.util.List<CredentialScope> scopes = new java.util.ArrayList<>();
        for (int day = 1; day <= 20; day++) {
            scopes.add(new CredentialScope(String.format("201508%02d", day), "us-east-1", "sts", "aws4_request"));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        CredentialScope scope = scopes.get((i * 7 + offset) % scopes.size());
                        if (!java.util.Arrays.equals(cache.signingKey(DOCS_SECRET, scope),
                                SigningKeyCache.derive(DOCS_SECRET, scope))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (var result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(cache.size()).isLessThanOrEqualTo(8);
    }
}
