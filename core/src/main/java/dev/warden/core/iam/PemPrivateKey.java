package dev.warden.core.iam;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.error.IamException;
import dev.warden.core.secret.CertificatePrivateKey;
import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server certificate's private key in PEM: PKCS#8 ({@code PRIVATE KEY}, RSA or EC) or PKCS#1
 * ({@code RSA PRIVATE KEY}), parsed by the JDK, and checked against the certificate's public key by
 * signing random bytes with the one and verifying with the other.
 */
final class PemPrivateKey {

    private static final Pattern PKCS8 = Pattern.compile(
            "\\s*-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----\\s*");
    private static final Pattern PKCS1 = Pattern.compile(
            "\\s*-----BEGIN RSA PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END RSA PRIVATE KEY-----\\s*");
    /** DER of AlgorithmIdentifier { rsaEncryption, NULL }. */
    private static final byte[] RSA_ALGORITHM = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86,
            (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};

    private PemPrivateKey() {
    }

    /** The key as PKCS#8 bytes, after checking that it belongs to the certificate. */
    static CertificatePrivateKey matching(String pem, X509Certificate certificate, SecureRandom random) {
        byte[] pkcs8 = pkcs8(pem);
        try {
            PrivateKey key = parse(pkcs8);
            requireMatch(key, certificate, random);
            return new CertificatePrivateKey(pkcs8);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    private static byte[] pkcs8(String pem) {
        try {
            Matcher pkcs8 = PKCS8.matcher(pem);
            if (pkcs8.matches()) {
                return Base64.getMimeDecoder().decode(pkcs8.group(1));
            }
            Matcher pkcs1 = PKCS1.matcher(pem);
            if (pkcs1.matches()) {
                return wrapRsa(Base64.getMimeDecoder().decode(pkcs1.group(1)));
            }
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
        throw malformed();
    }

    private static PrivateKey parse(byte[] pkcs8) {
        for (String algorithm : new String[] {"RSA", "EC"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw malformed();
    }

    private static void requireMatch(PrivateKey key, X509Certificate certificate, SecureRandom random) {
        String algorithm = key.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
        byte[] challenge = new byte[32];
        random.nextBytes(challenge);
        boolean matches;
        try {
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(challenge);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(challenge);
            matches = verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            matches = false;
        }
        if (!matches) {
            throw new IamException(IamErrorCode.KEY_PAIR_MISMATCH,
                    "The public key in the certificate does not match the private key.");
        }
    }

    /** PKCS#8 PrivateKeyInfo { version 0, rsaEncryption, OCTET STRING pkcs1 } around a PKCS#1 key. */
    private static byte[] wrapRsa(byte[] pkcs1) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(new byte[] {0x02, 0x01, 0x00});
        body.writeBytes(RSA_ALGORITHM);
        body.write(0x04);
        body.writeBytes(derLength(pkcs1.length));
        body.writeBytes(pkcs1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x30);
        out.writeBytes(derLength(body.size()));
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    private static byte[] derLength(int length) {
        if (length < 0x80) {
            return new byte[] {(byte) length};
        }
        int bytes = length > 0xffffff ? 4 : length > 0xffff ? 3 : length > 0xff ? 2 : 1;
        byte[] out = new byte[bytes + 1];
        out[0] = (byte) (0x80 | bytes);
        for (int i = 0; i < bytes; i++) {
            out[bytes - i] = (byte) (length >>> (8 * i));
        }
        return out;
    }

    private static IamException malformed() {
        return new IamException(IamErrorCode.MALFORMED_CERTIFICATE, "Unable to parse private key.");
    }
}
