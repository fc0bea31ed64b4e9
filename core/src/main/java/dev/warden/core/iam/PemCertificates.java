package dev.warden.core.iam;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.error.IamException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PEM-encoded X.509 certificates as signing and server certificate uploads carry them, parsed by the
 * JDK. Anything that is not a PEM certificate is {@code MalformedCertificate}.
 */
final class PemCertificates {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]+)-----END CERTIFICATE-----");
    static final String MALFORMED = "Unable to parse certificate. Please ensure the certificate is in PEM format.";

    private PemCertificates() {
    }

    /** Exactly one certificate. */
    static X509Certificate one(String pem) {
        List<X509Certificate> certificates = all(pem);
        if (certificates.size() != 1) {
            throw malformed();
        }
        return certificates.get(0);
    }

    /** One or more certificates, in order (a chain). */
    static List<X509Certificate> all(String pem) {
        Matcher matcher = BLOCK.matcher(pem);
        List<X509Certificate> certificates = new ArrayList<>();
        int end = 0;
        while (matcher.find()) {
            if (!pem.substring(end, matcher.start()).isBlank()) {
                throw malformed();
            }
            certificates.add(parse(matcher.group(1).replaceAll("\\s", "")));
            end = matcher.end();
        }
        if (certificates.isEmpty() || !pem.substring(end).isBlank()) {
            throw malformed();
        }
        return certificates;
    }

    /** Hex SHA-256 of the DER encoding: the same certificate however its PEM is wrapped. */
    static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("a parsed certificate always has an encoding", e);
        }
    }

    private static X509Certificate parse(String base64) {
        try {
            byte[] der = java.util.Base64.getDecoder().decode(base64.getBytes(StandardCharsets.US_ASCII));
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | IllegalArgumentException | ClassCastException e) {
            throw malformed();
        }
    }

    private static IamException malformed() {
        return new IamException(IamErrorCode.MALFORMED_CERTIFICATE, MALFORMED);
    }
}
