package dev.warden.core.secret;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * Encrypts long-term secret access keys (and virtual MFA seeds, server certificates' private keys,
 * service-specific credentials' passwords)
 * for the database. Stored form: {@code v1:<base64(nonce|ct|tag)>};
 * the access key id is the associated data, so a ciphertext copied onto another key's row fails to open.
 */
public final class SecretAtRestCipher {
    private static final String VERSION_PREFIX = "v1:";
    private static final String PURPOSE = "secret-at-rest/v1";

    private final AesGcm gcm;

    public SecretAtRestCipher(MasterKey master, SecureRandom random) {
        this.gcm = new AesGcm(KeyDerivation.deriveAesKey(master, PURPOSE), random);
    }

    public String encrypt(SecretAccessKey secret, String accessKeyId) {
        byte[] plain = secret.bytes();
        try {
            return VERSION_PREFIX + Base64.getEncoder().encodeToString(gcm.seal(plain, aad(accessKeyId)));
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    public SecretAccessKey decrypt(String stored, String accessKeyId) {
        if (!stored.startsWith(VERSION_PREFIX)) {
            throw new SealedBoxException("unknown secret encoding version");
        }
        byte[] box;
        try {
            box = Base64.getDecoder().decode(stored.substring(VERSION_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new SealedBoxException("stored secret is not base64");
        }
        byte[] plain = gcm.open(box, aad(accessKeyId));
        try {
            return SecretAccessKey.fromBytes(plain);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** Seals a virtual MFA device's seed; the serial number is the associated data. */
    public String encryptMfaSeed(MfaSeed seed, String serialNumber) {
        byte[] plain = seed.bytes();
        try {
            return VERSION_PREFIX + Base64.getEncoder().encodeToString(gcm.seal(plain, mfaAad(serialNumber)));
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    public MfaSeed decryptMfaSeed(String stored, String serialNumber) {
        byte[] plain = gcm.open(box(stored), mfaAad(serialNumber));
        try {
            return MfaSeed.fromBytes(plain);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** Seals a server certificate's private key; the certificate id is the associated data. */
    public String encryptPrivateKey(CertificatePrivateKey key, String certificateId) {
        byte[] plain = key.bytes();
        try {
            return VERSION_PREFIX + Base64.getEncoder().encodeToString(gcm.seal(plain, privateKeyAad(certificateId)));
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    public CertificatePrivateKey decryptPrivateKey(String stored, String certificateId) {
        byte[] plain = gcm.open(box(stored), privateKeyAad(certificateId));
        try {
            return new CertificatePrivateKey(plain);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** Seals a service-specific credential's password; the credential id is the associated data. */
    public String encryptServicePassword(ServicePassword password, String credentialId) {
        byte[] plain = password.bytes();
        try {
            return VERSION_PREFIX + Base64.getEncoder().encodeToString(gcm.seal(plain, servicePasswordAad(credentialId)));
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    public ServicePassword decryptServicePassword(String stored, String credentialId) {
        byte[] plain = gcm.open(box(stored), servicePasswordAad(credentialId));
        try {
            return ServicePassword.fromBytes(plain);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    private static byte[] servicePasswordAad(String credentialId) {
        return ("service-specific-credential:" + credentialId).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] privateKeyAad(String certificateId) {
        return ("server-certificate-key:" + certificateId).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] box(String stored) {
        if (!stored.startsWith(VERSION_PREFIX)) {
            throw new SealedBoxException("unknown secret encoding version");
        }
        try {
            return Base64.getDecoder().decode(stored.substring(VERSION_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new SealedBoxException("stored secret is not base64");
        }
    }

    private static byte[] mfaAad(String serialNumber) {
        return ("mfa-seed:" + serialNumber).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] aad(String accessKeyId) {
        return ("access-key:" + accessKeyId).getBytes(StandardCharsets.UTF_8);
    }
}
