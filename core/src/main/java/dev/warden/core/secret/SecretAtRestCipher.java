package dev.warden.core.secret;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Function;

/**
 * Encrypts long-term secret access keys (and virtual MFA seeds, server certificates' private keys,
 * service-specific credentials' passwords, outbound web identity token signing keys)
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
        return seal(secret.bytes(), aad(accessKeyId));
    }

    public SecretAccessKey decrypt(String stored, String accessKeyId) {
        return open(stored, aad(accessKeyId), SecretAccessKey::fromBytes);
    }

    /** Seals a virtual MFA device's seed; the serial number is the associated data. */
    public String encryptMfaSeed(MfaSeed seed, String serialNumber) {
        return seal(seed.bytes(), mfaAad(serialNumber));
    }

    public MfaSeed decryptMfaSeed(String stored, String serialNumber) {
        return open(stored, mfaAad(serialNumber), MfaSeed::fromBytes);
    }

    /** Seals a server certificate's private key; the certificate id is the associated data. */
    public String encryptPrivateKey(CertificatePrivateKey key, String certificateId) {
        return seal(key.bytes(), privateKeyAad(certificateId));
    }

    public CertificatePrivateKey decryptPrivateKey(String stored, String certificateId) {
        return open(stored, privateKeyAad(certificateId), CertificatePrivateKey::new);
    }

    /** Seals a service-specific credential's password; the credential id is the associated data. */
    public String encryptServicePassword(ServicePassword password, String credentialId) {
        return seal(password.bytes(), servicePasswordAad(credentialId));
    }

    public ServicePassword decryptServicePassword(String stored, String credentialId) {
        return open(stored, servicePasswordAad(credentialId), ServicePassword::fromBytes);
    }

    /** Seals a web identity token signing key; its key id is the associated data. */
    public String encryptTokenSigningKey(TokenSigningKey key, String keyId) {
        return seal(key.bytes(), tokenSigningKeyAad(keyId));
    }

    public TokenSigningKey decryptTokenSigningKey(String stored, String keyId) {
        return open(stored, tokenSigningKeyAad(keyId), TokenSigningKey::new);
    }

    /** The stored form of {@code plain}, which is wiped afterwards (callers hand over a copy). */
    private String seal(byte[] plain, byte[] associatedData) {
        try {
            return VERSION_PREFIX + Base64.getEncoder().encodeToString(gcm.seal(plain, associatedData));
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** Opens a stored form; {@code wrap} must copy the bytes, which are wiped when it returns. */
    private <T> T open(String stored, byte[] associatedData, Function<byte[], T> wrap) {
        byte[] plain = gcm.open(box(stored), associatedData);
        try {
            return wrap.apply(plain);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    private static byte[] servicePasswordAad(String credentialId) {
        return ("service-specific-credential:" + credentialId).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] tokenSigningKeyAad(String keyId) {
        return ("token-signing-key:" + keyId).getBytes(StandardCharsets.UTF_8);
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
