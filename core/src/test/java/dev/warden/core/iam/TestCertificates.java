package dev.warden.core.iam;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Fixed test certificates in src/test/resources/certificates, self-signed and valid until 2126, made
 * with OpenSSL: {@code openssl req -x509 -newkey rsa:2048 -nodes -keyout rsa-a.key -out rsa-a.pem
 * -days 36500 -subj /CN=a.warden.test} (likewise rsa-b and, with {@code -newkey ec -pkeyopt
 * ec_paramgen_curve:P-256}, ec-c); rsa-a-pkcs1.key is rsa-a.key in PKCS#1 form ({@code openssl rsa -traditional}).
 */
final class TestCertificates {

    private TestCertificates() {
    }

    static String read(String file) {
        try (InputStream in = TestCertificates.class.getResourceAsStream("/certificates/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
